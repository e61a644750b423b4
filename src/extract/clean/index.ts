/**
 * Text-cue cleaners, run in order over the article's blocks. Markup hints were applied before
 * (see `markup.ts`); these catch boilerplate that carries no class names. Hashtags and ad ids go
 * first: they are unambiguous and would otherwise split a donation run in two.
 */
import type { SourcedBlock } from '../blocks.js';
import { firstWords } from '../body/removed.js';
import { removeAdRemnants } from './ads.js';
import { blockText } from './block-text.js';
import { closeLines, openLines } from './br-lines.js';
import { removeComments } from './comments.js';
import type { BlockCleaner, CleanContext } from './context.js';
import { removeCookieNotices } from './cookie.js';
import { removeCredits } from './credits.js';
import { removeDonationAppeals } from './donation.js';
import { removeHashtagLines } from './hashtags.js';
import { removeNewsletterPrompts } from './newsletter.js';
import { removePageAsides } from './page-asides.js';
import { removePageMeta } from './page-meta.js';
import { removePostFooters } from './post-footer.js';
import { closeQuotes, openQuotes } from './quotes.js';
import { removeTeasers } from './related.js';
import { removeShareBars } from './share.js';

const CLEANERS: BlockCleaner[] = [
  removeHashtagLines,
  removeAdRemnants,
  removeCredits,
  removeDonationAppeals,
  removeNewsletterPrompts,
  removeShareBars,
  removePageMeta,
  removeCookieNotices,
  removeTeasers,
  removePageAsides,
  removeComments,
  removePostFooters,
];

function runCleaners(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  let out = blocks;
  for (const cleaner of CLEANERS) out = cleaner(out, ctx);
  return out === blocks ? out : withoutStrandedSymbols(blocks, out, ctx);
}

/** Text without a letter or digit: an emoji, an arrow or a dingbat set beside a box's text ("📮"). */
const SYMBOLS_ONLY = /^[^\p{L}\p{N}]{1,4}$/u;

/**
 * A block of symbols only beside a block the cleaners removed: the icon of that box (a callout's
 * "📩" over its newsletter line), which means nothing once the box's text is gone.
 */
function withoutStrandedSymbols(
  before: SourcedBlock[],
  after: SourcedBlock[],
  ctx: CleanContext,
): SourcedBlock[] {
  const kept = new Set(after);
  const stranded = new Set<SourcedBlock>();
  const gone = (j: number) => j >= 0 && j < before.length && !kept.has(before[j]!);
  before.forEach((sb, i) => {
    if (!kept.has(sb) || sb.block.type !== 'paragraph' || !(gone(i - 1) || gone(i + 1))) return;
    if (SYMBOLS_ONLY.test(blockText(sb).trim())) stranded.add(sb);
  });
  if (stranded.size === 0) return after;
  for (const sb of stranded) ctx.removals.add('other', 'pattern:stranded-symbol', blockText(sb).trim());
  return after.filter((sb) => !stranded.has(sb));
}

/** Blocks the second pass reads around opened lines: its runs need the neighbours, not the page. */
const REACH = 3;

/** The opened lines with up to REACH blocks either side, as contiguous stretches of `blocks`. */
function neighbourhoods(blocks: SourcedBlock[]): SourcedBlock[][] {
  const parts: SourcedBlock[][] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (!blocks[i]!.inLines) continue;
    const from = Math.max(0, i - REACH);
    if (start >= 0 && from > end + 1) {
      parts.push(blocks.slice(start, end + 1));
      start = -1;
    }
    if (start < 0) start = from;
    end = Math.min(blocks.length - 1, i + REACH);
  }
  if (start >= 0) parts.push(blocks.slice(start, end + 1));
  return parts;
}

/**
 * Two passes. The first judges blocks as the page sets them. The second runs only when a kept
 * paragraph has lines set apart by <br> ("Support us<br>1,842 members<br>Join"): it reads each
 * line as a block of its own and may remove lines, never a block the first pass kept, since the
 * first pass saw those with their whole text.
 */
export function cleanBlocks(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  const once = runCleaners(openQuotes(blocks), ctx);
  const opened = openLines(once);
  if (opened === once) return closeQuotes(once);
  const trial: CleanContext = { ...ctx, removals: ctx.removals.fork(), hashtags: [], part: true };
  const survivors = new Set<SourcedBlock>();
  for (const part of neighbourhoods(opened)) for (const sb of runCleaners(part, trial)) survivors.add(sb);
  const removedLines = opened.filter((sb) => sb.inLines && !survivors.has(sb));
  const kept = opened.filter((sb) => !sb.inLines || survivors.has(sb));
  if (removedLines.length > 0) {
    const words = new Set(removedLines.map((sb) => firstWords(blockText(sb))));
    ctx.removals.adopt(trial.removals, (item) => words.has(item.text));
    // The first pass already took the tags of a hashtag line among a paragraph's lines (see `removeHashtagLines`).
    if (removedLines.some((sb) => blockText(sb).includes('#'))) {
      for (const tag of trial.hashtags) if (!ctx.hashtags.includes(tag)) ctx.hashtags.push(tag);
    }
  }
  return closeQuotes(closeLines(kept));
}
