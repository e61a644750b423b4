/**
 * Text-cue cleaners, run in order over the article's blocks. Markup hints were applied before
 * (see `markup.ts`); these catch boilerplate that carries no class names. Hashtags and ad ids go
 * first: they are unambiguous and would otherwise split a donation run in two.
 */
import type { SourcedBlock } from '../blocks.js';
import { removeAdRemnants } from './ads.js';
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

export function cleanBlocks(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  let out = openQuotes(blocks);
  for (const cleaner of CLEANERS) out = cleaner(out, ctx);
  return closeQuotes(out);
}
