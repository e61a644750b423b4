/**
 * The lead image when the page names none in meta or JSON-LD: the first real `<img>` after the
 * headline, in the headline's own container or the elements that follow it, the way a reader sees
 * the photo under the headline. Logos, avatars, icons, tracking pixels and small images are skipped.
 */
import type { AnyNode, Element } from 'domhandler';

/** Elements looked at after the headline before giving up: the lead photo sits near it. */
const MAX_ELEMENTS = 120;
/** Declared sizes below this are icons, avatars or pixels. */
const MIN_SIDE = 150;
const NOT_A_PHOTO =
  /avatar|logo|icon|author|auteur|autor|profile|sprite|emoji|badge|spinner|pixel|placeholder|button|btn|brand|facebook|twitter|instagram|linkedin|whatsapp|social|licen[cs]e|lizenz|listen|\/svg\//i;
/** Where lazy-loading scripts keep the real address while `src` holds a placeholder. */
const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original', 'data-srcset', 'srcset'];
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'aside', 'footer', 'form']);

/** The lead image's address as written in the page (maybe relative), or null. */
export function readLeadImage(h1: Element | null): string | null {
  if (!h1) return null;
  const budget = { left: MAX_ELEMENTS };
  // The headline's following siblings, then those of each ancestor, as headline rows are read.
  for (let node: AnyNode | null = h1; node && node.type === 'tag'; node = node.parent) {
    const tag = (node as Element).name;
    for (let next = node.next; next && budget.left > 0; next = next.next) {
      const found = firstPhoto(next, budget);
      if (found) return found;
    }
    if (budget.left <= 0 || tag === 'article' || tag === 'main' || tag === 'body') break;
  }
  return null;
}

function firstPhoto(node: AnyNode, budget: { left: number }): string | null {
  if (node.type !== 'tag' || budget.left-- <= 0) return null;
  const el = node as Element;
  if (SKIPPED.has(el.name)) return null;
  if (el.name === 'img') return photoSource(el);
  for (const child of el.children) {
    const found = firstPhoto(child, budget);
    if (found) return found;
  }
  return null;
}

function photoSource(img: Element): string | null {
  const a = img.attribs;
  if (NOT_A_PHOTO.test(`${a.class ?? ''} ${a.id ?? ''} ${a.alt ?? ''} ${a.src ?? ''}`)) return null;
  const small = [a.width, a.height].some((v) => v !== undefined && Number.parseInt(v, 10) < MIN_SIDE);
  if (small) return null;
  let src = a.src?.trim() ?? '';
  if (!src || src.startsWith('data:')) {
    const lazy = LAZY_SOURCES.map((k) => a[k]?.trim()).find(Boolean);
    src = lazy?.split(/[\s,]/)[0] ?? '';
  }
  // Vector art, GIF buttons and spacers, and files named for a small size ("88x31") are no photo.
  if (!src || src.startsWith('data:') || /\.(?:svg|gif)(?:[?#]|$)/i.test(src)) return null;
  const size = /(\d{2,4})x(\d{2,4})/.exec(src.split('/').pop() ?? '');
  if (size && Math.min(Number(size[1]), Number(size[2])) < MIN_SIDE) return null;
  if (NOT_A_PHOTO.test(src)) return null;
  return src;
}

/**
 * A site-wide share image set as og:image on every page ("og-default.png", "logo-share.png", "share-logo.png"):
 * the article's own lead photo, when it has one, is the better image.
 */
export function isGenericImage(url: string): boolean {
  const file = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  // The site's logo as a file of its own ("logo-share.png", "og-logo.png"), not a photo that shows one.
  return (
    /(?:^|[-_.])(?:default|placeholder|fallback)(?:[-_.]|$)/i.test(file) ||
    /^(?:og[-_]|site[-_]|social[-_]|share[-_])?logo(?:[-_][a-z]+)?\.(?:png|jpe?g|gif|webp)$/i.test(file)
  );
}
