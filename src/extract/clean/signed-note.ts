/**
 * The frame of the outlet's signed note: the heading over it that says whose note it is ("Від
 * редакторки", "Una nota de nuestro director") and the signature under it ("— Ernesto Largaespada,
 * director de Voces del Lago"). Once the note's paragraphs are found, these go with them; alone they
 * are no cue (a story may quote someone's title under a quote, or head a section "From the editor").
 */
import type { SourcedBlock } from '../blocks.js';
import { NEWSROOM_ROLES } from '../vocab/phrases/boilerplate.js';
import { EDITOR_LETTER } from './appeal-cues.js';
import { wordCount } from './block-text.js';
import { alternation } from './phrases.js';

/** Those who sign an outlet's note: its newsroom's roles, and its heads. */
const ROLE = new RegExp(
  alternation([
    ...Object.values(NEWSROOM_ROLES).flat(),
    ...[
      'publisher',
      'founder',
      'director',
      'directora',
      'directeur',
      'directrice',
      'direttore',
      'direttrice',
    ],
    ...['diretor', 'diretora', 'dyrektor', 'herausgeber', 'chefredakteur', 'hoofdredacteur', 'fundador'],
    ...['fondatore', 'fondateur', 'założyciel', 'основатель', 'засновни', 'директор'],
  ]),
  'u',
);

/** A dash, a name of one to four capitalised words, a comma: "— Maria Keller, …". */
const SIGNED = /^[—–-]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+\S/u;
/** A signature is a line; a heading naming the note is a few words. */
const SIGNATURE_WORDS = 14;
const HEADING_WORDS = 8;

/** Indices to remove with `removed`: the headings over its notes and the signatures under them. */
export function noteFrame(
  blocks: readonly SourcedBlock[],
  texts: readonly string[],
  removed: ReadonlySet<number>,
): number[] {
  const frame: number[] = [];
  for (const i of removed) {
    const before = i - 1;
    if (before >= 0 && !removed.has(before) && noteHeading(blocks[before]!, texts[before]!))
      frame.push(before);
    const after = i + 1;
    if (after < texts.length && !removed.has(after) && signature(texts[after]!)) frame.push(after);
  }
  return frame;
}

function noteHeading(sb: SourcedBlock, text: string): boolean {
  if (wordCount(text) > HEADING_WORDS || (sb.block.type !== 'heading' && /[.!?]$/.test(text))) return false;
  return EDITOR_LETTER.test(text.toLowerCase());
}

function signature(text: string): boolean {
  return wordCount(text) <= SIGNATURE_WORDS && SIGNED.test(text) && ROLE.test(text.toLowerCase());
}
