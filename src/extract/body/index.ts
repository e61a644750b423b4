/**
 * The body extractor: prune the page, score containers, take the best with its siblings, strip
 * boilerplate inside it (markup hints first, then text cues), and convert to blocks. When that
 * yields little, a second strategy (JSON-LD `articleBody`, or a looser paragraph sweep) competes
 * and the better result wins.
 */
import type { CheerioAPI } from 'cheerio';
import { domToSourcedBlocks, type SourcedBlock } from '../blocks.js';
import { cleanBlocks } from '../clean/index.js';
import { cleanMarkup } from '../clean/markup.js';
import { topicKeys } from '../clean/topic.js';
import { hostOf } from '../metadata/urls.js';
import { blocksToText } from '../text.js';
import type { Block, BodyResult, ExtractOptions, RemovedBlock } from '../types.js';
import type { ParentNode } from './dom.js';
import { chooseResult } from './fallback.js';
import { jsonLdArticleBody } from './jsonld.js';
import { findLead } from './lead.js';
import { headlineOf, outletNames, titleAffix } from './outlet.js';
import { readPageInfo } from './page-info.js';
import { prunePage } from './prune.js';
import { Removals } from './removed.js';
import { scoreCandidates } from './score.js';
import { selectContent } from './select.js';
import { measure } from './stats.js';
import { titleSet } from './title.js';
import { dropTitleHeading } from './title-heading.js';
import { trailingHashtags } from './trailing-hashtags.js';

/** What metadata already knows of the site, read before the body (see extract/index.ts). */
export interface SiteHints {
  siteName: string | null;
  /** The headline, with the <title>'s site part cut off. */
  title: string | null;
  /** The page's canonical URL (absolute), if it gives one. */
  canonicalUrl?: string | null;
  /** The article's authors as metadata found them. */
  authors?: readonly string[];
}

/**
 * Outlet names metadata found that the body's own page scan does not read: its site name (JSON-LD
 * publisher, twitter:site) and the site part it cut off a <title> ("Gazeta do Seridó: …").
 */
function siteNamesFrom(site: SiteHints, titles: readonly string[]): string[] {
  const names: string[] = site.siteName ? [site.siteName] : [];
  if (site.title) {
    for (const title of titles) {
      const affix = titleAffix(title, site.title);
      if (affix) names.push(affix);
    }
  }
  return names;
}

/**
 * The page's own hosts: its URL's and its canonical link's, lower case and without "www.". An
 * address on them is the outlet's own however its name is spelt ("姑苏晚讯" at gusuwanxun.example).
 */
function pageHosts(urls: readonly (string | null | undefined)[]): string[] {
  const hosts = new Set<string>();
  for (const url of urls) {
    const host = hostOf(url);
    if (host) hosts.add(host);
  }
  return [...hosts];
}

/** Extract the article body from a loaded page. Mutates the DOM: run metadata extraction first. */
export function extractBody(
  $: CheerioAPI,
  options: ExtractOptions,
  site: SiteHints = { siteName: null, title: null },
): BodyResult {
  const removals = new Removals(options.explain === true);
  // The loaded document, as `$.root()[0]` without building a wrapper (see metadata/index.ts).
  const page = readPageInfo($._root);
  const titles = titleSet(page.titles);
  const ldBody = jsonLdArticleBody(page.jsonLd);
  const root: ParentNode = page.body ?? $._root;
  prunePage(root, removals);
  const stats = measure(root);
  const content = selectContent(scoreCandidates(root, stats), stats, page.body);
  const lead = findLead(root, content, page.descriptions, stats);
  if (lead) content.unshift(lead);
  const hashtags: string[] = trailingHashtags(content, removals);
  const outlets = outletNames(page.titles, [...page.siteNames, ...siteNamesFrom(site, page.titles)]);
  const headline = headlineOf(page.titles, outlets);
  cleanMarkup(content, stats, removals, hashtags, topicKeys(headline));
  const sourced: SourcedBlock[] = domToSourcedBlocks(content, options.url ?? null);
  const hosts = pageHosts([options.url, site.canonicalUrl]);
  const kept = dropTitleHeading(
    cleanBlocks(sourced, { removals, hashtags, outlets, headline, hosts, authors: site.authors ?? [] }),
    titles,
  );
  const cleaned = kept.map((s) => s.block);
  const blocks = chooseResult(cleaned, ldBody, root, options.url ?? null, page.descriptions);
  const removed = blocks === cleaned ? removals.items : stillAbsent(removals.items, blocks);
  return { blocks, hashtags: [...new Set(hashtags)], removed };
}

/**
 * The removals a fallback result bears out. When JSON-LD's body or the page's loose paragraphs
 * replace the cleaned blocks, a block the cleaners took may be back in the text; `--explain` must not
 * list it as removed.
 */
function stillAbsent(items: RemovedBlock[], blocks: Block[]): RemovedBlock[] {
  const text = blocksToText(blocks).replace(/\s+/g, ' ');
  return items.filter((item) => !text.includes(item.text.replace(/ …$/, '')));
}
