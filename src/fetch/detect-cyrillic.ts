/**
 * A guess for undeclared, non-UTF-8 bytes: Russian (and other Cyrillic) pages in windows-1251 or
 * KOI8-R. The HTML standard lets a user agent use frequency analysis when nothing is declared
 * (§13.2.3.2, step "autodetect"); browsers do, and a windows-1252 default would turn such a page
 * into mojibake.
 *
 * Cyrillic words are whole runs of bytes ≥ 0x80, while Western European text in windows-1252 has
 * an accented letter here and there between ASCII letters. So: when most high bytes sit next to
 * another high byte, the text is Cyrillic. Russian is mostly lower case; lower case is 0xE0–0xFF
 * in windows-1251 but 0xC0–0xDF in KOI8-R, which tells the two apart.
 */

/** Fewer high bytes than this is too little evidence to leave the default. */
const MIN_HIGH_BYTES = 40;
/** Share of high bytes with a high-byte neighbour above which the text is taken as Cyrillic. */
const RUN_SHARE = 0.6;

/** 'windows-1251', 'koi8-r', or null when the bytes do not look Cyrillic. */
export function guessCyrillic(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | null {
  let high = 0;
  let inRun = 0;
  let upperHalf = 0; // 0xE0–0xFF
  let lowerHalf = 0; // 0xC0–0xDF
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRun++;
    if (b >= 0xe0) upperHalf++;
    else if (b >= 0xc0) lowerHalf++;
  }
  if (high < MIN_HIGH_BYTES || inRun / high < RUN_SHARE) return null;
  return upperHalf >= lowerHalf ? 'windows-1251' : 'koi8-r';
}
