/**
 * HTML → DOM for extraction: htmlparser2 with a depth cap. Unclosed tags nest, so a malformed page
 * can be tens of thousands of elements deep; the extractor's tree walks recurse and would overflow
 * the stack (or go quadratic). Elements past MAX_DEPTH are left out and their contents join the
 * deepest element kept, with a space where each tag was, so no text is lost and every walk stays
 * shallow.
 */

import { type Document, DomHandler } from 'domhandler';
import { Parser } from 'htmlparser2';

/** Five times the deepest of the 358 dev-bench pages (38 levels); shallow enough for any walk. */
export const MAX_DEPTH = 200;

/** What cheerio passes htmlparser2 for `xml: { xmlMode: false }`; the same options here. */
export const PARSER_OPTIONS = { xmlMode: false, decodeEntities: true };

class ShallowDomHandler extends DomHandler {
  /** Open elements past the cap: htmlparser2 closes them first (innermost first), so skip those closes. */
  private skipped = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    // tagStack holds the root too, so its length is the depth of the next element.
    if (this.tagStack.length > MAX_DEPTH) {
      this.skipped++;
      this.ontext(' ');
    } else super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    if (this.skipped === 0) {
      super.onclosetag();
      return;
    }
    this.skipped--;
    this.ontext(' ');
  }
}

/**
 * Parse a page given whole or in consecutive pieces (htmlparser2 streams, so a tag split between
 * two pieces is fine).
 */
export function parsePage(html: string | readonly string[]): Document {
  const handler = new ShallowDomHandler(undefined, PARSER_OPTIONS);
  const parser = new Parser(handler, PARSER_OPTIONS);
  if (typeof html === 'string') parser.write(html);
  else for (const piece of html) parser.write(piece);
  parser.end();
  return handler.root;
}
