/**
 * The outlet's own web address written as plain text ("Associati su gazzettadelmare.example/amici"):
 * a host spelt from the outlet's name ("Gazzetta del Mare" → gazzettadelmare, "Kurier Ostholstein" →
 * kurier-ostholstein) with a short service path. A story about a club's membership drive gives the
 * club's address the same way, but never on the outlet's host: that line is the outlet's own appeal
 * button wherever it sits in the article.
 */
import { bareHost } from '../metadata/urls.js';
import { PLAIN_ADDRESS } from '../vocab/phrases/membership.js';

/** A service page's path: one or two slug segments of letters ("/amici", "/de/unterstuetzen"), not a story's. */
const SERVICE_PATH = /^\/(?:[a-z]{2}\/)?[a-z][a-z-]{2,24}\/?(?:[?#].*)?$/;

/** Latin letters for Cyrillic ones, as hosts spell Russian and Ukrainian names ("Волжская" → volzhskaya). */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  є: 'ye',
  і: 'i',
  ї: 'yi',
  ґ: 'g',
};

/** A name's words as a host would spell them: lower case, accents dropped, Cyrillic transliterated. */
export function hostWords(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c)
    .replace(/&/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A host word may be a name word or its start ("vogelsberg" of "Vogelsberger"), four letters at least. */
const MIN_PREFIX = 4;

/**
 * Whether `label` (letters only) can be cut into pieces that are each one of `words`, whole or its
 * start, in any order: "ashbridgeecho" from "Ashbridge & District Echo".
 */
function spelt(label: string, words: readonly string[]): boolean {
  const ok: boolean[] = [true];
  for (let i = 0; i < label.length; i++) {
    if (!ok[i]) continue;
    for (const w of words) {
      for (let n = Math.min(w.length, label.length - i); n >= Math.min(MIN_PREFIX, w.length); n--) {
        if (label.startsWith(w.slice(0, n), i)) ok[i + n] = true;
      }
    }
  }
  return ok[label.length] === true;
}

/** Letters of a name that may open a longer host ("stadsblad" + "nijmegen"). */
const OWN_NAME_PREFIX = 7;

/** Whether a host ("www.kurier-ostholstein.example") is spelt from one of the outlet's names. */
export function isOutletHost(host: string, outlets: readonly string[]): boolean {
  const labels = host.toLowerCase().split('.');
  // The registered name is the label before the top-level domain ("www." and subdomains aside).
  const label = (labels[labels.length - 2] ?? '').replace(/-/g, '');
  if (label.length < MIN_PREFIX) return false;
  return outlets.some((name) => {
    const words = hostWords(name);
    const whole = words.join('');
    // Half the name at least: one word of it ("star" of "Harbour & Valley Star") may be anyone's,
    // and the place a name opens with is the town's own host ("fenhallow" of "Fenhallow Echo").
    const long = words.filter((w) => w.length >= MIN_PREFIX);
    const oneWord = long.length >= 2 && long.some((w) => w.startsWith(label));
    if (whole.length >= MIN_PREFIX && label.length * 2 >= whole.length && !oneWord && spelt(label, words)) {
      return true;
    }
    // Or the whole name and a place after it ("stadsbladnijmegen" of "Stadsblad"), when the name is
    // long enough to be nobody else's.
    return whole.length >= OWN_NAME_PREFIX && label.startsWith(whole);
  });
}

/**
 * Whether a host is the outlet's: the page's own host (its URL or canonical link: a name in another
 * script, "姑苏晚讯" at gusuwanxun, spells no host), or one spelt from the outlet's name.
 */
function isOwnHost(host: string, outlets: readonly string[], pageHosts: readonly string[]): boolean {
  return pageHosts.includes(bareHost(host)) || isOutletHost(host, outlets);
}

/**
 * Whether a short line (lower-cased) gives the outlet's own service page as plain text: its host spelt
 * from the outlet's name (or the page's own host) and a path of a slug or two, not a story's address
 * with dates and ids.
 */
export function ownServiceAddress(
  text: string,
  outlets: readonly string[],
  pageHosts: readonly string[] = [],
): boolean {
  return ownServicePath(text, outlets, pageHosts) !== null;
}

/** The path of the outlet's own service address in `text` (see `ownServiceAddress`), else null. */
export function ownServicePath(
  text: string,
  outlets: readonly string[],
  pageHosts: readonly string[] = [],
): string | null {
  if (outlets.length === 0 && pageHosts.length === 0) return null;
  const m = PLAIN_ADDRESS.exec(text);
  if (!m) return null;
  const path = m[1]!.replace(/[.,;:!?)»”]+$/, '');
  return SERVICE_PATH.test(path) && isOwnHost(addressHost(m), outlets, pageHosts) ? path : null;
}

/**
 * Whether a text (lower-cased) gives a plain web address on another host than the outlet's: a
 * charity's or a council's page the story passes on ("Darowizny: schronisko.example/darowizna").
 */
export function foreignAddress(
  text: string,
  outlets: readonly string[],
  pageHosts: readonly string[] = [],
): boolean {
  // With no name to spell a host from, whose address it is stays unknown.
  if (outlets.length === 0) return false;
  const m = PLAIN_ADDRESS.exec(text);
  if (m === null) return false;
  const host = addressHost(m);
  // A patronage platform hosts the outlet's own page as readily as anyone's: no other party's address.
  return !PATRONAGE_HOST.test(host) && !isOwnHost(host, outlets, pageHosts);
}

/**
 * Hosts of patronage platforms and payment jars (patronite.pl/przelom, ko-fi.com/…, steadyhq.com/…,
 * send.monobank.ua/jar/…, paypal.me/…).
 */
const PATRONAGE_HOST =
  /(?:^|\.)(?:patronite|patreon|ko-fi|buymeacoffee|buycoffee|steadyhq|steady|liberapay|tipeee|boosty|ofuse|opencollective|memberful|cafecito|monobank|paypal|zrzutka|helloasso)\.[a-z]+$/;

/** The host of a PLAIN_ADDRESS match: what comes before its path, without a scheme. */
function addressHost(m: RegExpExecArray): string {
  return m[0].slice(0, m[0].length - m[1]!.length).replace(/^https?:\/\//, '');
}
