/**
 * `npm run bench:probes`: the seed-style probe sets in `bench/probes/<set>/<case>/` — synthetic
 * pages (written for this repo, not scraped) with donation appeals, pledge counters, amount
 * buttons, hashtag lines, ad ids and image credits placed before, inside and after the article,
 * and "fp" sets whose paragraphs only look like boilerplate. Each case's `truth.json` lists every
 * article paragraph (all must be kept), the boilerplate lines (none may be kept) and the hashtags
 * (all must land in `tags`). A page is clean when all three hold.
 *
 *   npm run bench:probes                 every set, a summary line per set and each failing page
 *   npm run bench:probes -- probe19 -v   one set, with the lost and kept lines of each failure
 *
 * Matching is on text with whitespace collapsed and typographic quotes and dashes folded, so a
 * paragraph counts as kept when it occurs in the record's text.
 */
import { probeSets, runSet, summary } from './lib/probes.js';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const wanted = args.filter((a) => !a.startsWith('-'));

const clip = (s: string) => (s.length > 110 ? `${s.slice(0, 107)}…` : s);
const sets = probeSets().filter((s) => wanted.length === 0 || wanted.includes(s));
if (sets.length === 0) {
  console.error(`bench:probes: no probe sets${wanted.length ? ` named ${wanted.join(', ')}` : ''}`);
  process.exit(1);
}
for (const set of sets) {
  const results = runSet(set);
  const t = summary(results);
  console.log(
    `${set}: ${t.clean}/${t.pages} clean, ${t.lost} article lines lost, ${t.kept} boilerplate lines kept, ${t.tags} tags missing`,
  );
  for (const r of results) {
    if (r.lost.length + r.kept.length + r.missingTags.length === 0) continue;
    console.log(
      `  ${r.id}: lost ${r.lost.length}, kept ${r.kept.length}, tags missing ${r.missingTags.length}`,
    );
    if (!verbose) continue;
    for (const l of r.lost) console.log(`    - LOST ${clip(l)}`);
    for (const k of r.kept) console.log(`    + KEPT ${clip(k)}`);
    if (r.missingTags.length) console.log(`    # TAGS ${r.missingTags.join(' ')}`);
  }
}
