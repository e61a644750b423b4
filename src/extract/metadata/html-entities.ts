/**
 * HTML character references in text the HTML parser never decoded: JSON-LD is raw script text, so a
 * CMS that escapes its strings for HTML leaves "Meghan&#39;s", "Ben &amp; Jerry" or "M&uuml;ller" in
 * them, and some CMSs encode meta content twice. Numeric references and the named ones such text
 * holds in practice (punctuation, Latin letters with accents) are decoded; others stay as written.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
};

/** Letters written as a base letter plus an accent name: "&eacute;" is "e" + U+0301, composed. */
const ACCENTS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
};
const ACCENTED = /^([a-z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/i;

const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,9}));/gi;

/** `text` with its character references decoded; text without "&" is returned as it is. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(REFERENCE, decodeReference) : text;
}

function decodeReference(ref: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) return named(name) ?? ref;
  const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
  // Control characters and surrogates are not text a field can hold.
  if (code < 32 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return ref;
  return String.fromCodePoint(code);
}

function named(name: string): string | null {
  // Names are case-sensitive for letters ("&Auml;" vs "&auml;"), not for the rest ("&AMP;").
  const plain = NAMED[name] ?? NAMED[name.toLowerCase()];
  if (plain !== undefined) return plain;
  const accented = ACCENTED.exec(name);
  if (!accented) return null;
  const composed = `${accented[1]}${ACCENTS[accented[2]!.toLowerCase()]}`.normalize('NFC');
  // Only combinations that exist as one letter ("&auml;" → "ä"); "&qacute;" is no entity.
  return composed.length === 1 ? composed : null;
}
