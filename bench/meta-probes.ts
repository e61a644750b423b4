/**
 * `npm run bench:meta-probes`: the metadata probe sets in `bench/meta-probes/<set>/<case>/` —
 * synthetic pages (written for this repo by writers who never saw the extractor) whose metadata
 * sits in rich JSON-LD, sparse OpenGraph, visible text only, or broken and misleading markup, with
 * traps around it (other articles' dates, commenters, photo credits, a date in the top bar). Each
 * case's `truth.json` holds what an editor would record; see bench/lib/meta-probes.ts for scoring.
 *
 *   npm run bench:meta-probes                 every set: pages clean, fields wrong, per field
 *   npm run bench:meta-probes -- meta1 -v     one set, with each miss beside its truth
 */
import { FIELDS, metaProbeSets, metaSummary, runMetaSet } from './lib/meta-probes.js';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const wanted = args.filter((a) => !a.startsWith('-'));

const sets = metaProbeSets().filter((s) => wanted.length === 0 || wanted.includes(s));
if (sets.length === 0) {
  console.error(`bench:meta-probes: no sets${wanted.length ? ` named ${wanted.join(', ')}` : ''}`);
  process.exit(1);
}
const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);
for (const set of sets) {
  const results = runMetaSet(set);
  const t = metaSummary(results);
  const fields = FIELDS.filter((f) => t.perField[f].scored > 0)
    .map((f) => `${f} ${t.perField[f].right}/${t.perField[f].scored}`)
    .join(', ');
  console.log(
    `${set}: ${t.clean}/${t.pages} clean, ${t.wrong} wrong or invented, ${t.missing} missing; ${fields}; tags ${t.tags.found}/${t.tags.total}`,
  );
  for (const r of results) {
    const misses = Object.entries(r.verdicts).filter(([, v]) => v !== 'right');
    if (misses.length === 0) continue;
    console.log(`  ${r.id}: ${misses.map(([f, v]) => `${f} ${v}`).join(', ')}`);
    if (!verbose) continue;
    for (const [f] of misses) {
      const field = f as keyof typeof r.ours;
      console.log(`    ${f}: ours ${clip(r.ours[field] ?? '')} | truth ${clip(r.truth[field] ?? '')}`);
    }
  }
}
