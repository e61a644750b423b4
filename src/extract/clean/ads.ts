/**
 * Ad slots that survived the markup pass: publisher and slot ids (`pub-1234567890`, `ca-pub-…`,
 * `div-gpt-ad-…`) and labels such as "Advertisement" or "– Anzeige –", alone or together in one
 * block (a slot's label above its id, "Advertisement · Scroll to continue").
 */
import type { SourcedBlock } from '../blocks.js';
import { AD_LABELS } from '../vocab/phrases/boilerplate.js';
import { blockText } from './block-text.js';
import type { CleanContext } from './context.js';
import { alternation, startPhrase } from './phrases.js';

/** AdSense publisher ids and Google Publisher Tag slot ids (`div-gpt-ad-1718203345-2`), at the start. */
const AD_ID = /^(?:(?:ca-)?pub-\d{6,}|(?:div-)?gpt-ad-[\w-]+)(?![\p{L}\p{N}])/iu;

/**
 * A slot's label with its id printed as text ("广告位ID：NLRB-PC-TOP-0931", "Ad slot ID: hp-top-3",
 * "Anzeige ID 40112"): a label, an optional slot word, "ID", then a code with a digit in it.
 */
const SLOT_ID = new RegExp(
  `^(?:${alternation(Object.values(AD_LABELS).flat())})\\s*(?:位|slot|unit|-slot)?\\s*id\\s*[:：#]?\\s*` +
    '[a-z0-9][\\w\\-/.]*\\d[\\w\\-/.]*$',
  'u',
);

/** An age rating that some markets print beside the label ("Реклама 18+"); no label by itself. */
const AGE_MARK = /^\d{1,2}\+/;

/** What may stand between labels and ids: spaces, dashes, brackets, bullets. */
const BETWEEN = /^[\s\p{P}\p{S}]+/u;

/** A slot's text is short; a longer block is prose that happens to mention advertising. */
const MAX_LENGTH = 120;

/**
 * The rule that marks `text` as an ad remnant, or null: the text must be nothing but ad labels and
 * ad ids. Each label must end where a word ends, so "Werbungskosten" or "Anzeige erstattet" stay.
 */
export function adRule(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  let rest = text.toLowerCase();
  if (SLOT_ID.test(rest)) return 'pattern:ad-id';
  let label: string | null = null;
  let id = false;
  for (;;) {
    rest = rest.replace(BETWEEN, '');
    if (!rest) break;
    const idMatch = AD_ID.exec(rest);
    const found = idMatch ? null : startPhrase(rest, AD_LABELS);
    const token = idMatch?.[0] ?? found ?? AGE_MARK.exec(rest)?.[0];
    if (!token || /^[\p{L}\p{N}]/u.test(rest.slice(token.length))) return null;
    if (idMatch) id = true;
    else if (found) label ??= found;
    rest = rest.slice(token.length);
  }
  if (id) return 'pattern:ad-id';
  return label ? `phrase:${label}` : null;
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
