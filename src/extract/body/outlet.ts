/**
 * The outlet's own name, from `og:site_name` / `application-name` and the suffix of the <title>
 * ("Headline | Outlet"). An appeal names the outlet it asks for ("Diario del Sur is free thanks to
 * its subscribers"); a news paragraph rarely speaks of the site it is published on.
 */

import { CJK_RANGE, hasCjk } from '../cjk.js';
import { TITLE_DECORATION, TITLE_DINGBATS } from '../metadata/title-text.js';
import { GENERIC_SITE_NAMES } from '../vocab/site-names.js';

/**
 * Separators between a headline and the site's name in a <title>. A « or » that opens or closes a
 * French quote ("des quotas « intenables »") is none; a lone one is ("Le pont ferme « L'Eco di
 * Ivrea"). Chinese and Japanese titles join the parts without spaces: a full-width bar anywhere, "|"
 * or "_" between CJK characters ("人工智能迈上新台阶_科技_腾讯网").
 */
const SEPARATOR = new RegExp(
  `\\s+(?:[|–—·•>${TITLE_DINGBATS}]|«(?![^«»]*»)|(?<!«[^«»]*)»)\\s+|\\s+-\\s+|\\s+\\.{0,3}::\\.{0,3}\\s+|\\s*｜\\s*|(?<=[${CJK_RANGE}])[|_](?=[${CJK_RANGE}])`,
);

/** A full stop or colon between a site's name and a descriptor ("Відлуння. Розслідування"). */
const DESCRIPTOR_AFTER = /(?<=\p{L}{3})[.:]\s+(?=\p{Lu})/u;

/** At most this many words: a longer suffix is a second headline part, not a name. */
const MAX_NAME_WORDS = 5;

function usable(name: string): boolean {
  const cjk = hasCjk(name);
  if (name.length < (cjk ? 2 : 3) || name.length > 40) return false;
  if (name.split(/\s+/).length > MAX_NAME_WORDS) return false;
  // A name is capitalised or written in a script without case; "news" is a word, "News" a section.
  if (!cjk && !/\p{Lu}/u.test(name)) return false;
  // Three words or more opening in lower case are a headline's second clause ("… macht zu – und
  // wird zum Repair-Café"), not a brand ("heise online").
  if (!cjk && /^\p{Ll}/u.test(name) && name.split(/\s+/).length >= 3) return false;
  return !GENERIC_SITE_NAMES.has(name.toLowerCase());
}

/** Distinct usable names, as written (matching is case-sensitive: names are proper nouns). */
export function outletNames(titles: string[], siteNames: string[]): string[] {
  const names = new Set<string>();
  const add = (raw: string): void => {
    const name = raw.replace(/\s+/g, ' ').replace(TITLE_DECORATION, '').trim();
    if (usable(name)) names.add(name);
  };
  for (const name of siteNames) {
    add(name);
    // A name with a descriptor after it ("Weitblick – Recherchekollektiv", "Відлуння. Розслідування"):
    // the brand comes first, and the outlet's own pages call it by that alone.
    const brand = name.split(SEPARATOR)[0]!.split(DESCRIPTOR_AFTER)[0]!;
    if (brand !== name) add(brand);
  }
  for (const title of titles) {
    const parts = title.split(SEPARATOR);
    if (parts.length >= 2) add(parts[parts.length - 1]!);
  }
  return [...names];
}

const bare = (part: string): string => part.replace(TITLE_DECORATION, '').trim();

/**
 * `parts` without an outlet's name that holds a separator itself ("Lumen – giornale dell'esilio")
 * at either end: split with the title, such a name is two parts, and only its brand matches alone.
 */
function withoutSplitName(parts: string[], outlets: string[]): string[] {
  for (const name of outlets) {
    const np = name.split(SEPARATOR).map(bare);
    if (np.length < 2 || parts.length <= np.length) continue;
    const same = (at: number) => np.every((p, i) => bare(parts[at + i]!) === p);
    if (same(parts.length - np.length)) return parts.slice(0, parts.length - np.length);
    if (same(0)) return parts.slice(np.length);
  }
  return parts;
}

/**
 * Marks that join a site's name to a title with no space, as CJK titles do ("…運転手不足で：北陸ちいき新聞",
 * "某某日报-社区食堂开张"): the separators split at spaces only, so such a name is cut here. A
 * full-width mark always; an ASCII one only beside CJK text, since between Latin words it joins a
 * compound ("Privatkredit-Zinsen" on a site named "Privatkredit").
 */
const JOINED_NAME_MARK = /(?:[：｜－・]|(?<=[\u3040-\u30ff\u3400-\u9fff])[:|\-–—_·])$/u;
const JOINED_NAME_OPEN = /^(?:[：｜－・]|[:|\-–—_·](?=[\u3040-\u30ff\u3400-\u9fff]))/u;

/** `title` without an outlet's name joined to its end or start by such a mark. */
function withoutJoinedName(title: string, outlets: string[]): string {
  const t = title.trim();
  for (const name of outlets) {
    if (name.length < 2 || t.length <= name.length + 1) continue;
    const before = t.slice(0, -name.length);
    if (t.endsWith(name) && JOINED_NAME_MARK.test(before)) return before.slice(0, -1).trim();
    const after = t.slice(name.length);
    if (t.startsWith(name) && JOINED_NAME_OPEN.test(after)) return after.slice(1).trim();
  }
  return t;
}

/** The headline: the longest page title with the outlet's name cut off. */
export function headlineOf(titles: string[], outlets: string[]): string {
  let best = '';
  for (const title of titles) {
    const parts = withoutSplitName(withoutJoinedName(title, outlets).split(SEPARATOR), outlets).filter(
      (p) => !outlets.includes(bare(p)),
    );
    // Joined at a separator still: a site part no outlet name matched stays apart from the headline.
    const headline = parts.join(' | ').trim();
    if (headline.length > best.length) best = headline;
  }
  return best;
}

/** What may stand between a title's site part and its headline ("Site: Headline", "Headline | Site"). */
const EDGE_CHARS = `\\s|:–—·•«»~/\\\\${TITLE_DINGBATS}-`;
const AFFIX_EDGE = new RegExp(`^[${EDGE_CHARS}]+|[${EDGE_CHARS}]+$`, 'gu');

/**
 * The site part metadata cut off a <title> (see metadata/title-affix.ts): the title minus the
 * headline metadata chose, at either end ("Gazeta do Seridó: Caicó decreta …"), when it is a usable
 * name; else null.
 */
export function titleAffix(title: string, headline: string): string | null {
  if (!headline || title === headline) return null;
  let rest: string | null = null;
  if (title.startsWith(headline)) rest = title.slice(headline.length);
  else if (title.endsWith(headline)) rest = title.slice(0, title.length - headline.length);
  if (rest === null) return null;
  const name = rest.replace(AFFIX_EDGE, '').replace(/\s+/g, ' ');
  return name && usable(name) ? name : null;
}
