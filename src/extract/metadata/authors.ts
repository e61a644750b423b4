/**
 * `authors`: people's names from JSON-LD, author meta, then the visible byline, taking the first
 * source that names a person. An organisation (JSON-LD Organization, or a meta author equal to the
 * site name) is used only when no source names a person.
 */
import { parseAuthorNames } from './author-names.js';
import { readVisibleByline } from './byline.js';
import { readBylineLine } from './byline-lines.js';
import { AGENCY_NAMES, AUTHOR_META_LABELS, LEADING_ARTICLES, ORGANISATION_WORDS } from './byline-vocab.js';
import type { MetaContext } from './context.js';
import type { AuthorRef } from './json-ld.js';
import { AUTHOR_KEYS } from './meta-keys.js';
import { firstMeta, type MetaTags } from './meta-tags.js';

interface Candidate {
  names: string[];
  organisation: boolean;
}

/** The article's authors, de-duplicated, in page order. */
export function readAuthors(ctx: MetaContext, siteName: string | null): string[] {
  const candidates = [
    ...jsonLdCandidates(ctx, siteName),
    metaCandidate(ctx, siteName),
    visibleCandidate(ctx, siteName),
  ];
  let people = candidates.find((c) => c.names.length && !c.organisation);
  // Last, and only when nothing names a person: a plain "Von Jane Doe" line (a walk of the page).
  if (!people) {
    const line = readBylineLine(ctx.$.root().toArray(), ctx.index.h1s[0] ?? null);
    if (line.some((n) => !isOrganisation(n, siteName))) people = { names: line, organisation: false };
  }
  if (people) return withoutOutlets(people.names, [siteName, ctx.jsonLd?.publisher ?? null]);
  return candidates.find((c) => c.names.length)?.names ?? [];
}

/** "Rob Picheta, CNN": the outlet or agency beside a person's name is not a second author. */
function withoutOutlets(names: string[], outlets: (string | null)[]): string[] {
  const people = names.filter(
    (n) => !AGENCY_NAMES.has(n.toLowerCase()) && !outlets.some((o) => sameName(n, o)),
  );
  return people.length ? people : names;
}

function jsonLdCandidates(ctx: MetaContext, siteName: string | null): Candidate[] {
  const authors = ctx.jsonLd?.authors ?? [];
  // Untyped authors are people unless their name says otherwise.
  const isPerson = (a: AuthorRef) => a.person ?? !isOrganisation(a.name, siteName);
  const people = authors.filter(isPerson).flatMap((a) => parseAuthorNames(a.name));
  const orgs = authors.filter((a) => !isPerson(a)).flatMap((a) => parseAuthorNames(a.name));
  return [
    { names: unique(people), organisation: false },
    { names: unique(orgs), organisation: true },
  ];
}

function metaCandidate(ctx: MetaContext, siteName: string | null): Candidate {
  const host = hostOf(ctx.pageUrl);
  // Several tags of one key (one `<meta name="author">` per author) list several authors.
  const groups = [...AUTHOR_KEYS.map((key) => ctx.meta.get(key) ?? []), labelledAuthors(ctx.meta)];
  for (const values of groups) {
    const names = unique(values.flatMap(parseAuthorNames));
    if (!names.length) continue;
    // "Deutsche Welle (www.dw.com)": an author given with the page's own address is the site.
    const site = host !== null && values.some((v) => v.toLowerCase().includes(host));
    return { names, organisation: site || names.every((n) => isOrganisation(n, siteName)) };
  }
  return { names: [], organisation: false };
}

/** The page's host without "www.", or null. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** `twitter:label1` "Written by" + `twitter:data1` "Jane Doe": the pair SEO plugins write. */
function labelledAuthors(meta: MetaTags): string[] {
  const found: string[] = [];
  for (let n = 1; n <= 4; n++) {
    const label = firstMeta(meta, [`twitter:label${n}`]);
    const data =
      label && AUTHOR_META_LABELS.has(label.toLowerCase()) ? firstMeta(meta, [`twitter:data${n}`]) : null;
    if (data) found.push(data);
  }
  return found;
}

function visibleCandidate(ctx: MetaContext, siteName: string | null): Candidate {
  const names = readVisibleByline(ctx.$, ctx.index.bylines);
  return { names, organisation: names.length > 0 && names.every((n) => isOrganisation(n, siteName)) };
}

/**
 * The site itself, a news agency, a publication ("The Local", "Die FURCHE"), a body ("… e.V.") or a
 * user handle ("christian.stadtfeld"): used only when no source names a person.
 */
function isOrganisation(name: string, siteName: string | null): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return (
    sameName(name, siteName) ||
    AGENCY_NAMES.has(name.toLowerCase()) ||
    (words.length > 1 && LEADING_ARTICLES.has(words[0]!)) ||
    words.some((w) => ORGANISATION_WORDS.has(w)) ||
    /^[\p{Ll}\d]+[._][\p{Ll}\d._]+$/u.test(name)
  );
}

function sameName(a: string, b: string | null): boolean {
  if (!b) return false;
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return norm(a) === norm(b);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
