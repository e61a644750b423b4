/**
 * Is an author name an organisation rather than a person? The site itself (its display name, its
 * publisher or its domain: "L-MAG" on l-mag.de), a news agency, a publication ("The Local", "Die
 * FURCHE"), a body ("… e.V.") or a user handle ("christian.stadtfeld"). Such names are used only
 * when no source names a person.
 */
import { AGENCY_NAMES, LEADING_ARTICLES, ORGANISATION_WORDS } from './byline-vocab.js';

/** What the page says about who publishes it. */
export interface Outlet {
  siteName: string | null;
  publisher: string | null;
  /** The page's host without "www." ("dw.com"), or null. */
  host: string | null;
}

export function isOrganisation(name: string, outlet: Outlet): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return (
    sameName(name, outlet.siteName) ||
    sameName(name, outlet.publisher) ||
    isDomainName(name, outlet.host) ||
    AGENCY_NAMES.has(name.toLowerCase()) ||
    isAgencyCredit(name) ||
    (words.length > 1 && LEADING_ARTICLES.has(words[0]!)) ||
    // "Online-Redaktion": the word may close a compound.
    words.some((w) => ORGANISATION_WORDS.has(w) || ORGANISATION_WORDS.has(w.split('-').at(-1)!)) ||
    /^[\p{Ll}\d]+[._][\p{Ll}\d._]+$/u.test(name)
  );
}

/**
 * "det/dpa", "AFP/The Local", "red, wien.ORF.at/Agenturen": a desk's credit joined to an agency by
 * "/", naming no person. Kept whole (the way the page signs it) and ranked as an organisation.
 */
export function isAgencyCredit(name: string): boolean {
  if (!name.includes('/')) return false;
  const pieces = name.split(/\s*[/,]\s*/);
  return (
    pieces.every((p) => p.length > 0) &&
    pieces.some((p) => AGENCY_NAMES.has(p.toLowerCase())) &&
    !pieces.some(namesPerson)
  );
}

/** Two or more capitalised words that are no publication ("Jane Doe", not "The Local"). */
function namesPerson(piece: string): boolean {
  const words = piece.toLowerCase().split(/\s+/);
  return (
    words.length > 1 &&
    /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(piece) &&
    !LEADING_ARTICLES.has(words[0]!) &&
    !words.some((w) => ORGANISATION_WORDS.has(w))
  );
}

/** "Deutsche Welle (www.dw.com)": an author value carrying the page's own address names the site. */
export function mentionsHost(value: string, outlet: Outlet): boolean {
  return outlet.host !== null && value.toLowerCase().includes(outlet.host);
}

/**
 * The value is the outlet's newsroom by its name of two words or more ("Redazione Terra e Mercati"
 * on Terra e Mercati): a desk, whose name's "e" would otherwise split it into two "people". A name
 * before the outlet after a separator ("Jane Doe - The Harbour Times") is no newsroom: the outlet
 * is split off as usual.
 */
export function mentionsOutlet(value: string, outlet: Outlet): boolean {
  const names = [outlet.siteName, outlet.publisher].filter((n): n is string => !!n && n.trim().includes(' '));
  const lower = value.toLowerCase();
  return names.some((n) => {
    const at = lower.indexOf(n.trim().toLowerCase());
    if (at < 0) return false;
    const before = value.slice(0, at).trim();
    return !/[-–—|,·/]$/.test(before);
  });
}

/** The name is the domain's main label ("Solarserver" on solarserver.de, "L-MAG" on l-mag.de). */
function isDomainName(name: string, host: string | null): boolean {
  if (!host) return false;
  const labels = host.split('.');
  const main = labels.length > 1 ? labels.at(-2)! : labels[0]!;
  return main.length >= 3 && sameName(name, main);
}

function sameName(a: string, b: string | null): boolean {
  if (!b) return false;
  return norm(a) === norm(b);
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
