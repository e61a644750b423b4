/**
 * Captions and picture credits under an image in markup with no <figure>/<figcaption>: hand-made
 * caption boxes ("<center><img><br><font>…</font></center>") and the image components of app-built
 * or CMS pages, whose caption sits in a <div> or <span> beside the image's own wrapper, with a
 * hashed or foreign class name that no vocabulary knows. What they share is the box: the image
 * opens it and one or two short lines end it, with nothing else inside.
 */
import type { SourcedBlock } from '../blocks.js';
import { type Element, isElement, parentElement, siblingElement, textOf, within } from '../body/dom.js';
import { blockText, wordCount } from './block-text.js';

/** Inline elements a hand-made caption box holds besides its image ("<center><img><br><font>…</font></center>"). */
const CAPTION_BOX_INLINE = new Set([
  'img',
  'picture',
  'a',
  'br',
  'font',
  'span',
  'small',
  'b',
  'i',
  'em',
  'strong',
]);

/** Words of a caption under an image. */
const CAPTION_WORDS = 30;
/** Lines a caption box holds under its image: the caption and its credit. */
const BOX_LINES = 2;
/** Words of everything under the image in a caption box. */
const BOX_WORDS = 40;

/**
 * The short text sharing a box with the image before it, in markup with no <figure> or <p> (old and
 * hand-made pages): the image's caption and credit. A box holding paragraphs is the article's.
 */
function isLooseCaption(blocks: SourcedBlock[], i: number): boolean {
  const sb = blocks[i]!;
  const before = blocks[i - 1];
  const group = sb.group;
  if (!group || before?.block.type !== 'image' || before.group !== group) return false;
  if (blocks[i + 1]?.group === group || wordCount(blockText(sb)) > CAPTION_WORDS) return false;
  return group.children.every((c) => !isElement(c) || CAPTION_BOX_INLINE.has(c.name));
}

/** The smallest element holding both `a` and `b` (each counts as holding itself), or null. */
function commonBox(a: Element, b: Element): Element | null {
  const around = new Set<Element>();
  for (let el: Element | null = a; el; el = parentElement(el)) around.add(el);
  for (let el: Element | null = b; el; el = parentElement(el)) if (around.has(el)) return el;
  return null;
}

/** A link to a picture file: an image opening in a lightbox, not a teaser's link to a page. */
const PICTURE_HREF = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/**
 * Markup saying the box is no caption box: an image inside a link to another page (a teaser card:
 * image, title, blurb), or a <figure> (a page that marks its figures gives their captions a
 * <figcaption>; text beside one is a video player's title or the like).
 */
function notCaptionBox(box: Element): boolean {
  const visit = (el: Element, href: string | null): boolean =>
    el.children.some((c) => {
      if (!isElement(c)) return false;
      if (c.name === 'figure') return true;
      if (c.name === 'img') return href !== null && !PICTURE_HREF.test(href);
      return visit(c, c.name === 'a' ? (c.attribs.href ?? '') : href);
    });
  return visit(box, null);
}

/** Characters of a text, spaces left out. */
function solid(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/**
 * A box holding text besides its image's caption lines: the article's own container (its
 * paragraphs may sit right in it, with no container of their own), not a caption box.
 */
function holdsMore(box: Element, captionChars: number): boolean {
  return solid(textOf(box)) > captionChars + 2;
}

/** A box in a row of its like (same tag, class and style next to it): a slide or a card, not a figure. */
function inRow(box: Element): boolean {
  const same = (a: Element, b: Element, attr: string): boolean =>
    (a.attribs[attr] ?? '') === (b.attribs[attr] ?? '');
  return [1, -1].some((step) => {
    const other = siblingElement(box, step as 1 | -1);
    return other?.name === box.name && same(other, box, 'class') && same(other, box, 'style');
  });
}

/**
 * The number of caption lines after the image at `at`: the short paragraphs (one or two) that
 * share the smallest box holding the image and them, when that box holds nothing else (no text
 * before the image, none after the lines) and the article goes on outside it. Else 0. A short
 * paragraph after an image in the article's own flow shares its box with the paragraphs around it.
 */
function boxedCaptionLines(blocks: SourcedBlock[], at: number): number {
  const image = blocks[at]!.group;
  if (!image) return 0;
  let words = 0;
  let chars = 0;
  let box: Element | null = null;
  let lines = 0;
  for (let k = 1; k <= BOX_LINES; k++) {
    const sb = blocks[at + k];
    if (sb?.block.type !== 'paragraph' || !sb.group) break;
    const text = wordCount(blockText(sb));
    // Text in the image's own container is a loose caption's case (see above), or an icon's.
    const joined = sb.group === image ? null : commonBox(image, sb.group);
    if (!joined || text > CAPTION_WORDS || words + text > BOX_WORDS) break;
    // A second line joins only inside the box the first one made.
    if (box && joined !== box) break;
    box = joined;
    words += text;
    chars += solid(blockText(sb));
    lines = k;
  }
  if (!box || holdsMore(box, chars) || notCaptionBox(box) || inRow(box)) return 0;
  const inBox = (sb: SourcedBlock | undefined): boolean => sb !== undefined && within(sb.group, box);
  if (inBox(blocks[at - 1]) || inBox(blocks[at + lines + 1])) return 0;
  // The article must go on outside the box: a page of one image and its caption keeps both.
  const rest = blocks.some((sb, i) => (i < at || i > at + lines) && sb.block.type === 'paragraph');
  return rest ? lines : 0;
}

/** Indexes of the blocks that are captions of the images among `blocks`. */
export function captionIndexes(blocks: SourcedBlock[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.block.type === 'image') {
      const lines = boxedCaptionLines(blocks, i);
      for (let k = 1; k <= lines; k++) found.add(i + k);
    } else if (blocks[i]!.block.type === 'paragraph' && isLooseCaption(blocks, i)) found.add(i);
  }
  return found;
}
