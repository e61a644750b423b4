/**
 * A story's own graphic under a fundraising class: a charity's thermometer in a story about its
 * drive, which the outlet's appeal boxes resemble in markup and figures.
 */
import { classAndId, cleanText, type Element } from '../body/dom.js';
import { STORY_BOX_CLASSES } from '../vocab/class-words.js';
import { matchClass } from '../vocab/match-class.js';
import { addressesReader } from './appeal-cues.js';
import { unquoted, unquotedLower, wordCount } from './block-text.js';
import { sharesTopic } from './topic.js';

/** Figures: a graphic counts, raised and target at least. */
const FIGURES = /\d[\d.,\s\u00a0]*\d|\d/g;
/**
 * Headline words a story's graphic shares ("Pellow Street Library roof appeal"); the outlet's own
 * counter may share two by chance ("1,843 of 2,500 members this winter" under a winter story).
 */
const HEADLINE_WORDS = 3;
/** Words of a story's graphic: a title and a few figures, not an appeal's paragraphs. */
const STORY_GRAPHIC_WORDS = 60;

/**
 * A story's own graphic under a fundraising class ("<figure class=fundraiser-graphic>
 * Pellow Street Library roof appeal · £312,400 raised of the £450,000 target"): short, with figures,
 * titled with three of the headline's words, and speaking to no one. The outlet's own box asks the reader.
 */
export function storyGraphic(el: Element, topic: ReadonlySet<string>): boolean {
  if (storyBox(el)) return true;
  if (topic.size === 0) return false;
  const text = cleanText(el);
  if (wordCount(text) > STORY_GRAPHIC_WORDS || (text.match(FIGURES)?.length ?? 0) < 2) return false;
  if (!sharesTopic(text, topic, HEADLINE_WORDS)) return false;
  return !addressesReader(unquotedLower(text), unquoted(text));
}

/**
 * Whether the element is classed as the story's fact or info box ("<div class=infobox>" holding a
 * charity's progress bars): what it holds is the story's, bars and tallies included.
 */
export function storyBox(el: Element): boolean {
  return matchClass(classAndId(el), STORY_BOX_CLASSES) !== null;
}
