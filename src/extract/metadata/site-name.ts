/**
 * `siteName`: og:site_name, JSON-LD WebSite name or publisher, application-name meta. The same
 * name (or the host) tells the title reader which `<title>` segment is the site, not the headline.
 */
import type { MetaContext } from './context.js';
import { SITE_NAME_KEYS } from './meta-keys.js';
import { firstMeta } from './meta-tags.js';

/** The site's display name, or null. */
export function readSiteName(ctx: MetaContext): string | null {
  const fromMeta = firstMeta(ctx.meta, SITE_NAME_KEYS.slice(0, 1));
  const value =
    fromMeta ??
    ctx.jsonLd?.siteName ??
    ctx.jsonLd?.publisher ??
    firstMeta(ctx.meta, SITE_NAME_KEYS.slice(1, -1)) ??
    twitterSite(firstMeta(ctx.meta, ['twitter:site']));
  if (!value || /^https?:\/\//i.test(value) || value.length > 100) return null;
  const name = unquoteName(value);
  return value === fromMeta ? withoutSlogan(name, [ctx.jsonLd?.siteName, ctx.jsonLd?.publisher]) : name;
}

/**
 * A name set in quote marks as a whole ("„Kiezpost“", "«Вечерний город»", "「みなと新報」"), as some
 * languages write a paper's name: the name is what is inside.
 */
const QUOTED_NAME = /^\s*[„“”"«»‚‘’'「『]([^„“”"«»‚‘’'「」『』]+)[“”"»«‘’'」』]\s*$/u;

function unquoteName(value: string): string {
  return QUOTED_NAME.exec(value)?.[1]?.trim() || value;
}

/** Between a site's name and its slogan in og:site_name. */
const SLOGAN_SEPARATOR = /\s+[-–—|·:]\s+/u;

/**
 * "Aktuálně.cz - Víte, co se právě děje" beside a JSON-LD publisher "Aktuálně.cz": og:site_name adds
 * the slogan to the name another source gives alone, so that name is the site's.
 */
function withoutSlogan(name: string, others: readonly (string | null | undefined)[]): string {
  const head = name.split(SLOGAN_SEPARATOR)[0]!.trim();
  if (head === name.trim() || siteKey(head).length < 2) return name;
  return others.some((o) => o && siteKey(o) === siteKey(head)) ? head : name;
}

/** "@nytimes" says who, but not how the site writes its name; only a plain name is kept. */
function twitterSite(value: string | null): string | null {
  return value && !value.startsWith('@') ? value : null;
}

/** Normalised words for comparing a title segment with the site name or host. */
export function siteKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.(?:com|org|net|de|co\.uk|fr|es|it|at|ch|nl|ru|info|io)$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
