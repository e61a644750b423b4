/** Render quality.json as the Markdown tables of bench/RESULTS.md (and stdout). */
import type { DatasetResults, QualityResults, SnippetFigures, TokenFigures } from './results.js';
import { BENCH_CLOCK } from './timing.js';

const f3 = (x: number) => x.toFixed(3);
const ms = (x: number) => x.toFixed(2);

/** A Markdown table with padded columns (the layout biome's formatter gives, so lint stays clean). */
function table(header: string[], rows: (string | number)[][]): string[] {
  const cells = rows.map((r) => r.map(String));
  const widths = header.map((h, i) => Math.max(3, h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${widths.map((w, i) => (r[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
}

type TokenSet = { real: TokenFigures; synthetic: TokenFigures; all: TokenFigures };

function snippetTable(text: DatasetResults['text']): string[] {
  const rows = Object.entries(text).map(([system, v]) => {
    const s = v as SnippetFigures;
    const counts = `${s.tp} / ${s.fp} / ${s.fn} / ${s.tn}`;
    return [system, f3(s.precision), f3(s.recall), f3(s.f1), f3(s.accuracy), counts, f3(s.macroF1)];
  });
  return table(
    ['system', 'precision', 'recall', 'F1', 'accuracy', 'TP / FP / FN / TN', 'macro F1 (diag.)'],
    rows,
  );
}

function tokenTable(text: DatasetResults['text']): string[] {
  const sample = Object.values(text)[0] as TokenSet;
  const header = [
    'system',
    `precision (${sample.real.documents} real)`,
    'recall',
    'F1',
    `F1 synthetic (${sample.synthetic.documents})`,
    `F1 all (${sample.all.documents})`,
  ];
  const rows = Object.entries(text).map(([system, v]) => {
    const t = v as TokenSet;
    return [system, f3(t.real.precision), f3(t.real.recall), f3(t.real.f1), f3(t.synthetic.f1), f3(t.all.f1)];
  });
  return table(header, rows);
}

/** What the lenient author/byline rows (bench/lib/metadata-metrics.ts) accept beyond the strict ones. */
const LENIENT_NOTE =
  '`authorLenient` also accepts our names joined with "and"/"und"/","/"&" when the truth is one string; ' +
  '`bylineLenient` compares with the byline minus a leading "By", date-only lines and bracketed URLs.';

function metadataTable(metadata: DatasetResults['metadata']): string[] {
  const systems = Object.keys(metadata);
  const fields = Object.keys(metadata[systems[0] ?? ''] ?? {});
  const rows = fields.map((field) => {
    const first = metadata[systems[0]!]![field]!;
    const pages = (first as { pages?: number }).pages;
    const count = pages === undefined ? `${first.total}` : `${pages} (${first.total} items)`;
    return [field, count, ...systems.map((s) => f3(metadata[s]![field]!.accuracy))];
  });
  return table(['field', 'pages with truth', ...systems], rows);
}

function speedSection(r: QualityResults): string[] {
  const rows = Object.entries(r.speed.timing).map(([name, t]) => [
    name,
    t.pages,
    ms(t.meanMs),
    ms(t.medianMs),
    ms(t.p95Ms),
    ms(t.maxMs),
  ]);
  const q = r.speed.ratios;
  const over = r.speed.pagesOver1s.map((p) => `${p.id} (${ms(p.ms)} ms)`).join(', ');
  return [
    ...table(
      [
        'engine',
        'pages',
        ...['mean', 'median', 'p95', 'max'].map((s) => `${s} ${BENCH_CLOCK === 'cpu' ? 'CPU ' : ''}ms`),
      ],
      rows,
    ),
    '',
    `- newsclean is **${q.speedupVsReadabilityLinkedom.toFixed(1)}x** faster than Readability+linkedom ` +
      `(target ≥ 3x) and **${q.speedupVsReadabilityJsdom.toFixed(1)}x** faster than Readability+jsdom (target ≥ 20x).`,
    `- newsclean takes **${q.slowdownVsHtmlparser2.toFixed(2)}x** the time of a bare htmlparser2 parse ` +
      `(target ≤ 3x) and ${q.slowdownVsCheerioParse5.toFixed(2)}x that of cheerio's default parse5 load.`,
    `- Metadata: ${ms(r.metadataCost.meanMetadataMs)} ms of ${ms(r.metadataCost.meanExtractMs)} ms per page ` +
      `(${(r.metadataCost.share * 100).toFixed(1)}% of extraction; target < 20%).`,
    `- Pages over 1 s: ${over || 'none'}.`,
  ];
}

function worstTable(d: DatasetResults): string[] {
  const rows = d.worst.map((p) => [
    p.id,
    f3(p.f1),
    f3(p.precision),
    f3(p.recall),
    p.ms === null ? '–' : ms(p.ms),
    p.failure ?? '',
  ]);
  return table(['page', 'F1', 'precision', 'recall', 'ms', 'failure'], rows);
}

function datasetSection(name: string, d: DatasetResults): string[] {
  const isSnippet = name === 'trafilatura-eval';
  const failures = Object.entries(d.failures).flatMap(([s, list]) =>
    list.map((f) => `- ${s}: ${f.id} — ${f.failure}`),
  );
  return [
    '',
    `### ${name} (${d.documents} documents, mean ${d.meanKb.toFixed(0)} KB)`,
    '',
    isSnippet ? 'Snippet metric, micro-averaged:' : 'Token metric of `text`, macro-averaged:',
    '',
    ...(isSnippet ? snippetTable(d.text) : tokenTable(d.text)),
    '',
    'Metadata accuracy, among the pages whose truth has the field (tags and categories: share of items found):',
    '',
    ...metadataTable(d.metadata),
    '',
    LENIENT_NOTE,
    '',
    'newsclean, the 10 worst pages by F1 (synthetic unit cases left out):',
    '',
    ...worstTable(d),
    '',
    failures.length ? 'Failures:' : 'Failures: none.',
    ...(failures.length ? ['', ...failures] : []),
  ];
}

/** The whole quality section of RESULTS.md. */
export function renderReport(r: QualityResults): string {
  const out: string[] = [
    '## Quality and speed (`npm run bench:quality`)',
    '',
    `Run ${r.generatedAt} on ${r.machine.cpu} (${r.machine.cores} cores), node ${r.machine.node}, ` +
      `${r.machine.platform}. Datasets: \`${r.config.benchDir}\`. CLI: ${r.config.cliMode}. Timing: in-process ${BENCH_CLOCK === 'cpu' ? 'CPU' : 'wall'} time, ` +
      `interleaved page by page (engine order rotated per page), ${r.config.warmup} warm-up pages, the mean of ` +
      `up to ${r.config.rounds} runs per engine and page (no further run past ${r.config.budgetMs} ms on the page).`,
  ];
  for (const [name, d] of Object.entries(r.datasets)) out.push(...datasetSection(name, d));
  out.push('', '### Speed (both datasets, per page)', '', ...speedSection(r));
  const v = r.invariants;
  out.push(
    '',
    '### Record invariants',
    '',
    `${v.recordsChecked} records checked: ${v.violations.length} violations.`,
  );
  if (v.violations.length) out.push('');
  for (const x of v.violations) out.push(`- ${x.dataset}/${x.id}: ${x.field} "${x.value}" — ${x.problem}`);
  return out.join('\n');
}
