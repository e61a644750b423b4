/**
 * `authors`: people's names from JSON-LD, author meta, the marked-up byline, then a plain "By …"
 * line, then a "Jane Doe · 3 March 2025" row under the headline, taking the first source that names
 * a person. An organisation (JSON-LD Organization, a name
 * equal to the site, its publisher or domain, an agency) is used only when no source names a person.
 */
import { parseAuthorNames } from './author-names.js';
import { coAuthorLine, readVisibleByline } from './byline.js';
import { readBylineLine } from './byline-lines.js';
import { AUTHOR_META_LABELS } from './byline-vocab.js';
import type { MetaContext } from './context.js';
import { isNameHandle, shownNameOf } from './handle-names.js';
import { cjkCreditNames, headlineRows, readRow } from './headline-rows.js';
import type { AuthorRef } from './json-ld.js';
import { AUTHOR_KEYS } from './meta-keys.js';
import { firstMeta, type MetaTags } from './meta-tags.js';
import { isAgencyCredit, isOrganisation, mentionsHost, mentionsOutlet, type Outlet } from './organisation.js';
import { namesSite } from './title-site.js';
import { dateHints } from './visible-dates.js';

/** One source's names, split into people and organisations. */
interface Candidate {
  people: string[];
  orgs: string[];
}

/** The article's authors, de-duplicated, in page order. */
export function readAuthors(ctx: MetaContext, siteName: string | null): string[] {
  const names = authorsOf(ctx, siteName);
  return ctx.language?.toLowerCase().startsWith('zh') ? names.flatMap(splitChineseNames) : names;
}

/**
 * "林晓雨 周明远": Chinese bylines set several full names apart by spaces alone, while a Japanese
 * name keeps a space between family and given name ("小川 里奈"); only a Chinese page is split.
 */
function splitChineseNames(name: string): string[] {
  let pieces = name.split(' ');
  // "潮声财经 记者 陈默": before the reporter's title stands the outlet, not a person.
  const reporter = pieces.findIndex((p) => REPORTER.test(p));
  if (reporter > 0) pieces = pieces.slice(reporter);
  const names = pieces.filter((p) => !CHINESE_ROLE.test(p));
  const split = names.length > 1 || names.length < pieces.length;
  return split && names.length && names.every((p) => HAN_NAME.test(p)) ? names : [name];
}
/** Roles between the names of a Chinese byline ("记者 A 通讯员 B"): a stringer is credited too. */
const REPORTER = /^(?:记者|記者)$/u;
const CHINESE_ROLE = /^\p{sc=Han}{0,4}(?:记者|記者|通讯员|通訊員|实习生|實習生)$/u;
const HAN_NAME = /^\p{sc=Han}{2,4}$/u;

function authorsOf(ctx: MetaContext, siteName: string | null): string[] {
  const outlet: Outlet = { siteName, publisher: ctx.jsonLd?.publisher ?? null, host: ctx.host };
  // Read in trust order, each only when the ones before it name no person: the visible byline costs
  // more than the rest together and most pages name their authors in JSON-LD or meta.
  const candidates: Candidate[] = [];
  for (const read of [jsonLdCandidate, metaCandidate, visibleCandidate]) {
    const candidate = read(ctx, outlet);
    if (candidate.people.length) {
      if (read === visibleCandidate) return candidate.people;
      return coAuthorLine(ctx.index.bylines, candidate.people) ?? candidate.people;
    }
    candidates.push(candidate);
  }
  // Last, and only when nothing names a person: a plain "Von Jane Doe" line (a walk of the page).
  const japanese = ctx.language?.toLowerCase().startsWith('ja') ?? false;
  const line = split(readBylineLine(ctx.index.root, ctx.index.h1s[0] ?? null, japanese), outlet);
  if (line.people.length) return line.people;
  // A unit signing the release ("Autor: Dział Komunikacji i Promocji") when no person is named.
  candidates.push(line);
  // Then a "Jane Doe · 3 March 2025" row under the headline, which has no lead-in at all.
  // A row naming the site ("Handball Schweiz • 02.02.2022" on handball.ch) credits no person.
  const rows = headlineRows(ctx.index.h1s[0] ?? null);
  const row = rowNames(ctx, rows).filter((n) => !namesSite(n, siteName, ctx.host));
  const fromRow = split(row, outlet);
  if (fromRow.people.length) return fromRow.people;
  candidates.push(fromRow);
  const credited = cjkCreditNames(rows, japanese);
  if (credited.length) return credited;
  // A desk-and-agency credit ("red/dpa") says more than the outlet's own name from another source.
  const credit = candidates.find((c) => c.orgs.some(isAgencyCredit));
  const orgs = (credit ?? candidates.find((c) => c.orgs.length))?.orgs ?? [];
  // Last of all (it reads the whole page's text): the name an account handle stands for.
  const shown = orgs.filter(isNameHandle).map((h) => shownNameOf(h, ctx.index.root));
  if (shown.length && shown.every((n) => n !== null)) return shown as string[];
  return orgs;
}

/**
 * "Rob Picheta, CNN", "Jane Doe – The Guardian": the outlet or agency beside a person's name is not a
 * second author, so a source's organisations are kept apart from its people.
 */
function split(names: string[], outlet: Outlet): Candidate {
  return {
    people: names.filter((n) => !isOrganisation(n, outlet)),
    orgs: names.filter((n) => isOrganisation(n, outlet)),
  };
}

function jsonLdCandidate(ctx: MetaContext, outlet: Outlet): Candidate {
  const authors = ctx.jsonLd?.authors ?? [];
  const names = (list: AuthorRef[]) => unique(list.flatMap((a) => parseAuthorNames(a.name)));
  // A typed Organization is never a person; a Person or an untyped author is one unless the name is
  // the outlet, an agency or a publication ("Agencies" typed as a Person).
  const others = split(names(authors.filter((a) => a.person !== false)), outlet);
  const orgs = names(authors.filter((a) => a.person === false));
  return { people: others.people, orgs: unique([...others.orgs, ...orgs]) };
}

function metaCandidate(ctx: MetaContext, outlet: Outlet): Candidate {
  // Several tags of one key (one `<meta name="author">` per author) list several authors.
  const groups = [...AUTHOR_KEYS.map((key) => ctx.meta.get(key) ?? []), labelledAuthors(ctx.meta)];
  for (const values of groups) {
    const names = unique(values.flatMap(parseAuthorNames));
    if (!names.length) continue;
    if (values.some((v) => mentionsHost(v, outlet) || mentionsOutlet(v, outlet)))
      return { people: [], orgs: names };
    return split(names, outlet);
  }
  return { people: [], orgs: [] };
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

function visibleCandidate(ctx: MetaContext, outlet: Outlet): Candidate {
  return split(readVisibleByline(ctx.index.bylines), outlet);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** The names of the first row under the headline that pairs them with a date. */
function rowNames(ctx: MetaContext, rows: readonly string[]): string[] {
  for (const line of rows) {
    const { names } = readRow(line, dateHints(ctx.language));
    if (names.length) return names;
  }
  return [];
}
