/** The sliver of jsdom's API the bench uses (the project installs jsdom without @types/jsdom). */
declare module 'jsdom' {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    readonly window: { document: unknown; close(): void };
  }
}
