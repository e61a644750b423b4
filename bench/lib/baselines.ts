/**
 * The baselines the bench runs next to newsclean, each as `(html, url) → raw result` so the bench
 * can time exactly the engine's own work and convert its output to text afterwards. Dev-only: the
 * runtime (src/) never imports any of this.
 */
import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { htmlToPlainText } from './plain-text.js';
import { EMPTY_META, type SystemOutput } from './system-output.js';

/** Readability's parse() result, or null when it found no article. */
export type ReadabilityArticle = ReturnType<Readability['parse']>;

/** Readability's own tests parse every page with this base URI when the page has no address. */
const FAKE_URL = 'http://fakehost/test/page.html';

export function readabilityJsdom(html: string, url: string | null): ReadabilityArticle {
  const dom = new JSDOM(html, { url: url ?? FAKE_URL, virtualConsole: new VirtualConsole() });
  try {
    // biome-ignore lint/suspicious/noExplicitAny: jsdom's Document is the DOM type Readability wants.
    return new Readability(dom.window.document as any).parse();
  } finally {
    dom.window.close();
  }
}

export function readabilityLinkedom(html: string, _url: string | null): ReadabilityArticle {
  const { document } = parseHTML(html);
  // biome-ignore lint/suspicious/noExplicitAny: linkedom's Document is close enough for Readability.
  return new Readability(document as any).parse();
}

/** Readability's result in the bench's common shape; its HTML content becomes text like the truth. */
export function readabilityOutput(article: ReadabilityArticle): SystemOutput {
  if (!article) return { text: '', failure: null, meta: { ...EMPTY_META } };
  const content = typeof article.content === 'string' ? article.content : '';
  return {
    text: htmlToPlainText(content),
    failure: null,
    meta: {
      title: article.title ?? null,
      authors: null,
      byline: article.byline ?? null,
      publishedAt: article.publishedTime ?? null,
      language: article.lang ?? null,
      siteName: article.siteName ?? null,
      description: article.excerpt ?? null,
      tags: null,
    },
  };
}

/** The floor: everything a reader could see on the page, menus and footers included. */
export function visibleTextOutput(html: string): SystemOutput {
  return { text: htmlToPlainText(html), failure: null, meta: null };
}

/** Bare htmlparser2 parse: the floor for any DOM-based extractor's speed. */
export function parseHtmlparser2(html: string): unknown {
  return parseDocument(html);
}

/** cheerio's default load (parse5). */
export function loadCheerioParse5(html: string): unknown {
  return cheerio.load(html);
}

/** cheerio on htmlparser2 in HTML mode (`xml: { xmlMode: false }`): the faster parser newsclean could load with. */
export function loadCheerioHtmlparser2(html: string): unknown {
  return cheerio.load(html, { xml: { xmlMode: false } });
}
