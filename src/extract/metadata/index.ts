/**
 * Metadata of a page from its untouched DOM: JSON-LD, OpenGraph and other meta, microdata and the
 * visible byline and dates, each parsed once per page and read by one small module per field.
 * Never mutates the DOM.
 */
import type { CheerioAPI } from 'cheerio';
import type { ExtractOptions, Metadata } from '../types.js';
import { readAuthors } from './authors.js';
import type { MetaContext } from './context.js';
import { readJsonLdFacts } from './json-ld.js';
import { readJsonLdGraph } from './json-ld-nodes.js';
import { readDeclaredLanguage } from './language.js';
import { isGenericImage, readLeadImage } from './lead-image.js';
import { DESCRIPTION_KEYS, IMAGE_KEYS, TITLE_KEYS } from './meta-keys.js';
import { firstMeta, readMetaTags } from './meta-tags.js';
import { excludeOutsideArticle, excludeTopBar, indexPage } from './page-index.js';
import { readModifiedAt, readPublishedAt } from './published.js';
import { readSection } from './section.js';
import { siteNameFromTitles } from './site-from-title.js';
import { readSiteName } from './site-name.js';
import { readTags } from './tags.js';
import { readTitle } from './title.js';
import { cleanEncodedTitle } from './title-text.js';
import { hostOf, resolveBaseUrl, toAbsoluteUrl } from './urls.js';

export { detectLanguage } from './language.js';

/** Everything the page says about itself; null / [] for what it does not say. */
export function extractMetadata($: CheerioAPI, options: ExtractOptions, now: number = Date.now()): Metadata {
  // The document cheerio loaded, as `$.root()[0]` but without building two wrappers: each load makes
  // a new cheerio class, so that first call runs cold and cost about 5% of metadata.
  const index = indexPage($._root);
  const meta = readMetaTags(index.metas);
  const jsonLd = readJsonLdFacts(readJsonLdGraph(index.jsonLd));
  const pageUrl = options.url ?? null;
  const language = readDeclaredLanguage(index.html, meta, jsonLd?.language ?? null);
  const baseUrl = resolveBaseUrl(index.baseHref, pageUrl);
  const address = pageUrl ?? toAbsoluteUrl(index.canonicalHref ?? firstMeta(meta, ['og:url']), baseUrl);
  const host = hostOf(address) ?? hostOf(index.siteLinkHref);
  excludeTopBar(index, host);
  excludeOutsideArticle(index);
  const ctx: MetaContext = { $, index, meta, jsonLd, pageUrl, address, host, baseUrl, language, now };
  const declaredSite = readSiteName(ctx);
  // Without a declared name, a title segment the page's home link, logo or copyright line repeats.
  const segment = declaredSite
    ? null
    : siteNameFromTitles(ctx, [
        cleanEncodedTitle(index.title),
        cleanEncodedTitle(firstMeta(meta, TITLE_KEYS)),
      ]);
  const siteName = declaredSite ?? segment?.name ?? null;
  // Only a declared name rules out authors: a blog named after its writer confirms the name by its logo.
  const authors = readAuthors(ctx, declaredSite);
  const publishedAt = readPublishedAt(ctx);
  return {
    title: readTitle(ctx, segment?.cut === false ? null : siteName, authors),
    authors,
    publishedAt,
    modifiedAt: readModifiedAt(ctx, publishedAt),
    language,
    siteName,
    description: firstMeta(meta, DESCRIPTION_KEYS) ?? jsonLd?.description ?? null,
    // Without --url a relative image still resolves against where the page says it lives.
    image: toAbsoluteUrl(readImage(ctx), ctx.baseUrl ?? address),
    canonicalUrl: readCanonicalUrl(ctx),
    section: readSection(ctx),
    tags: readTags(ctx),
  };
}

function readCanonicalUrl(ctx: MetaContext): string | null {
  const url = toAbsoluteUrl(ctx.index.canonicalHref ?? firstMeta(ctx.meta, ['og:url']), ctx.baseUrl);
  // A template's default, the site's front page, for an article at a deeper address names no page.
  if (url && ctx.pageUrl && isFrontPage(url) && !isFrontPage(ctx.pageUrl)) return null;
  return url;
}

function isFrontPage(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return /^\/?(?:index\.\w+)?$/.test(pathname) && search === '';
  } catch {
    return false;
  }
}

/** og:image and friends, else JSON-LD's, else the photo under the headline (also over a site-wide default). */
function readImage(ctx: MetaContext): string | null {
  const named = firstMeta(ctx.meta, IMAGE_KEYS) ?? ctx.jsonLd?.image ?? null;
  if (named && !isGenericImage(named)) return named;
  return readLeadImage(ctx.index.h1s[0] ?? null) ?? named;
}
