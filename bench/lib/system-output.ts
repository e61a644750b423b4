/** What every system under test (newsclean and the baselines) yields for one page, in one shape. */
import type { CliOutcome } from './run-cli.js';

export interface SystemMeta {
  title: string | null;
  /** Names as a list (newsclean); null when the system gives a byline string instead. */
  authors: string[] | null;
  /** One byline string (Readability); null for newsclean. */
  byline: string | null;
  publishedAt: string | null;
  language: string | null;
  siteName: string | null;
  description: string | null;
  /** null when the system has no notion of tags. */
  tags: string[] | null;
}

export interface SystemOutput {
  /** The scored main text; null when the page failed (crash, timeout, error record). */
  text: string | null;
  failure: string | null;
  meta: SystemMeta | null;
}

export const EMPTY_META: SystemMeta = {
  title: null,
  authors: null,
  byline: null,
  publishedAt: null,
  language: null,
  siteName: null,
  description: null,
  tags: null,
};

export function failed(failure: string): SystemOutput {
  return { text: null, failure, meta: null };
}

/** newsclean's CLI outcome for one page in the shared shape (a missing record is a failure). */
export function recordOutput(outcome: CliOutcome | undefined): SystemOutput {
  if (!outcome?.record) return failed(outcome?.failure ?? 'missing');
  const r = outcome.record;
  return {
    text: r.text ?? '',
    failure: null,
    meta: {
      title: r.title ?? null,
      authors: r.authors ?? [],
      byline: null,
      publishedAt: r.publishedAt ?? null,
      language: r.language ?? null,
      siteName: r.siteName ?? null,
      description: r.description ?? null,
      tags: r.tags ?? [],
    },
  };
}
