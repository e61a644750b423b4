/**
 * The shapes the extract stage produces. The block tree keeps the article's structure so writers
 * (Markdown, HTML, text) render from it instead of re-parsing plain text.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'break' };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'blockquote'; children: Block[] }
  | { type: 'code'; text: string; language: string | null }
  | { type: 'table'; rows: TableRow[] }
  | { type: 'image'; src: string; alt: string; caption: string | null }
  | { type: 'rule' };

export interface TableRow {
  header: boolean;
  cells: Inline[][];
}

/** Why a block was removed, for `--explain`. */
export const REMOVAL_CATEGORIES = [
  'donation',
  'hashtags',
  'newsletter',
  'share',
  'related',
  'ad',
  'credit',
  'comments',
  'nav',
  'cookie',
  'other',
] as const;
export type RemovalCategory = (typeof REMOVAL_CATEGORIES)[number];

export interface RemovedBlock {
  category: RemovalCategory;
  /** The rule that removed it, e.g. `class-word:newsletter` or `phrase:donation`. */
  rule: string;
  /** The first words of its text (about 12 words). */
  text: string;
}

/** Metadata about the page; each field is null (or []) when the page does not say. */
export interface Metadata {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  language: string | null;
  siteName: string | null;
  description: string | null;
  image: string | null;
  canonicalUrl: string | null;
  section: string | null;
  tags: string[];
}

/** What the body extractor returns. */
export interface BodyResult {
  blocks: Block[];
  /** Hashtags found in stripped hashtag lines, without `#`. */
  hashtags: string[];
  removed: RemovedBlock[];
}

export interface ExtractOptions {
  /** The page's address: resolves relative links and fills `url`. */
  url?: string | null;
  /** Collect the removed blocks (costs a little time). */
  explain?: boolean;
}

/** The full result of extracting one page. `text` is rendered from `blocks`. */
export interface Extraction {
  metadata: Metadata;
  blocks: Block[];
  text: string;
  removed: RemovedBlock[];
}
