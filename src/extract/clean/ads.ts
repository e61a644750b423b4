/**
 * Ad slots that survived the markup pass: publisher and slot ids (`pub-1234567890`, `ca-pub-…`,
 * `div-gpt-ad-…`) and bare
 * labels such as "Advertisement" or "Anzeige" standing alone.
 */
import type { SourcedBlock } from '../blocks.js';
import { AD_LABELS } from '../vocab/phrases/boilerplate.js';
import { blockText } from './block-text.js';
import type { CleanContext } from './context.js';
import { isPhrase } from './phrases.js';

/** AdSense publisher ids and Google Publisher Tag slot ids (`div-gpt-ad-1718203345-2`). */
const AD_ID = /^(?:(?:ca-)?pub-\d{6,}|(?:div-)?gpt-ad-[\w-]+)$/i;

/** The rule that marks `text` as an ad remnant, or null. */
export function adRule(text: string): string | null {
  if (AD_ID.test(text)) return 'pattern:ad-id';
  if (text.length <= 60) {
    const label = isPhrase(text.toLowerCase(), AD_LABELS);
    if (label) return `phrase:${label}`;
  }
  return null;
}

export function removeAdRemnants(blocks: SourcedBlock[], ctx: CleanContext): SourcedBlock[] {
  return blocks.filter((sb) => {
    const text = blockText(sb);
    const rule = adRule(text);
    if (!rule) return true;
    ctx.removals.add('ad', rule, text);
    return false;
  });
}
