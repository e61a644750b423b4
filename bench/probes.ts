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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';

interface ProbeTruth {
  url: string;
  language: string;
  placement: string;
  hints?: boolean;
  article: string[];
  boilerplate: string[];
  tags: string[];
}

interface ProbeResult {
  id: string;
  lost: string[];
  kept: string[];
  missingTags: string[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), 'probes');
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const wanted = args.filter((a) => !a.startsWith('-'));

/** Folds what an extractor may legitimately normalise, so only real losses count. */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function runCase(dir: string, id: string): ProbeResult {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as ProbeTruth;
  const record = extract(readFileSync(join(dir, 'page.html'), 'utf8'), { url: truth.url });
  const text = fold(record.text);
  const tags = new Set(record.tags.map((t) => t.toLowerCase()));
  return {
    id,
    lost: truth.article.filter((line) => !text.includes(fold(line))),
    kept: truth.boilerplate.filter((line) => text.includes(fold(line))),
    missingTags: truth.tags.filter((t) => !tags.has(t.toLowerCase())),
  };
}

const clip = (s: string) => (s.length > 110 ? `${s.slice(0, 107)}…` : s);
const sets = existsSync(root)
  ? readdirSync(root)
      .filter((s) => wanted.length === 0 || wanted.includes(s))
      .sort()
  : [];
if (sets.length === 0) {
  console.error(
    `bench:probes: no probe sets under ${root}${wanted.length ? ` named ${wanted.join(', ')}` : ''}`,
  );
  process.exit(1);
}
for (const set of sets) {
  const cases = readdirSync(join(root, set))
    .filter((c) => existsSync(join(root, set, c, 'truth.json')))
    .sort();
  const results = cases.map((c) => runCase(join(root, set, c), c));
  const failing = results.filter((r) => r.lost.length + r.kept.length + r.missingTags.length > 0);
  const sum = (f: (r: ProbeResult) => number) => results.reduce((n, r) => n + f(r), 0);
  console.log(
    `${set}: ${results.length - failing.length}/${results.length} clean, ` +
      `${sum((r) => r.lost.length)} article lines lost, ${sum((r) => r.kept.length)} boilerplate lines kept, ` +
      `${sum((r) => r.missingTags.length)} tags missing`,
  );
  for (const r of failing) {
    console.log(
      `  ${r.id}: lost ${r.lost.length}, kept ${r.kept.length}, tags missing ${r.missingTags.length}`,
    );
    if (!verbose) continue;
    for (const l of r.lost) console.log(`    - LOST ${clip(l)}`);
    for (const k of r.kept) console.log(`    + KEPT ${clip(k)}`);
    if (r.missingTags.length) console.log(`    # TAGS ${r.missingTags.join(' ')}`);
  }
}
