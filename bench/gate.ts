/**
 * `npm run bench:gate`: measure the quality-gate slice and compare it with bench/gate-floors.json.
 * `npm run bench:gate -- --update` rewrites the floors a little under the current figures; do it
 * when quality rises (and never to make a regression pass). It refuses while any page of the slice
 * fails, unless `--force` is given.
 */
import { writeFileSync } from 'node:fs';
import { benchDir, datasetsAvailable } from './lib/datasets.js';
import {
  belowFloor,
  FLOORS_PATH,
  floorsFrom,
  type GateFloors,
  measureGate,
  readFloors,
  SLICE_SIZE,
} from './lib/gate.js';

const update = process.argv.includes('--update');
const dir = benchDir();
if (!datasetsAvailable(dir)) {
  console.error(`bench:gate: no datasets at ${dir} (set NEWSCLEAN_BENCH_DIR).`);
  process.exit(1);
}

const started = Date.now();
const { figures, failures } = await measureGate(dir);
const previous = readFloors();
console.log(`gate slice: ${SLICE_SIZE} + ${SLICE_SIZE} pages, measured in ${Date.now() - started} ms`);
for (const [name, value] of Object.entries(figures)) {
  const floor = previous.floors[name];
  console.log(
    `  ${name.padEnd(36)} ${value.toFixed(4)}${floor === undefined ? '' : `  (floor ${floor.toFixed(3)})`}`,
  );
}
for (const f of failures) console.log(`  FAILED ${f.dataset}/${f.id}: ${f.failure}`);

if (update && failures.length > 0 && !process.argv.includes('--force')) {
  // Floors measured while pages fail would be meaningless (often all zero); fix the pages first.
  console.error(`not updating floors: ${failures.length} pages failed (pass --force to update anyway)`);
  process.exitCode = 1;
} else if (update) {
  const next: GateFloors = {
    sliceSize: SLICE_SIZE,
    margin: previous.margin,
    measuredAt: new Date().toISOString(),
    measured: Object.fromEntries(
      Object.entries(figures).map(([k, v]) => [k, Math.round(v * 10_000) / 10_000]),
    ),
    floors: floorsFrom(figures, previous.margin),
  };
  writeFileSync(FLOORS_PATH, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`floors rewritten in ${FLOORS_PATH}`);
} else {
  const below = belowFloor(figures, previous.floors);
  for (const b of below) console.log(`  BELOW FLOOR ${b.name}: ${b.value.toFixed(4)} < ${b.floor}`);
  process.exitCode = below.length || failures.length ? 1 : 0;
}
