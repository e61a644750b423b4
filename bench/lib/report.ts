/** Render quality.json as the Markdown tables of bench/RESULTS.md (and stdout). */
import type { QualityResults, SnippetFigures, TokenFigures } from './results.js';

const f3 = (x: number) => x.toFixed(3);
const ms = (x: number) => x.toFixed(2);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const head = (cells: string[]) => [row(cells), row(cells.map(() => '---'))];

function snippetTable(text: Record<string, unknown>): string[] {
  const lines = head([
    'system',
    'precision',
    'recall',
    'F1',
    'accuracy',
    'TP / FP / FN / TN',
    'macro F1 (diag.)',
  ]);
  for (const [system, v] of Object.entries(text)) {
    const s = v as SnippetFigures;
    const counts = `${s.tp} / ${s.fp} / ${s.fn} / ${s.tn}`;
    lines.push(row([system, f3(s.precision), f3(s.recall), f3(s.f1), f3(s.accuracy), counts, f3(s.macroF1)]));
  }
  return lines;
}

function tokenTable(text: Record<string, unknown>): string[] {
  const sample = Object.values(text)[0] as { real: TokenFigures; synthetic: TokenFigures; all: TokenFigures };
  const lines = head([
    'system',
    `P (${sample.real.documents} real)`,
    'R',
    'F1',
    `F1 synthetic (${sample.synthetic.documents})`,
    `F1 all (${sample.all.documents})`,
  ]);
  for (const [system, v] of Object.entries(text)) {
    const t = v as { real: TokenFigures; synthetic: TokenFigures; all: TokenFigures };
    lines.push(
      row([system, f3(t.real.precision), f3(t.real.recall), f3(t.real.f1), f3(t.synthetic.f1), f3(t.all.f1)]),
    );
  }
  return lines;
}

function metadataTable(metadata: QualityResults['datasets'][string]['metadata']): string[] {
  const systems = Object.keys(metadata);
  const fields = Object.keys(metadata[systems[0] ?? ''] ?? {});
  const lines = head(['field', 'pages (items) with truth', ...systems]);
  for (const field of fields) {
    const first = metadata[systems[0]!]![field]!;
    const pages = (first as { pages?: number }).pages;
    const count = pages === undefined ? `${first.total}` : `${pages} (${first.total} items)`;
    lines.push(row([field, count, ...systems.map((s) => f3(metadata[s]![field]!.accuracy))]));
  }
  return lines;
}

function speedTable(r: QualityResults): string[] {
  const lines = head(['engine', 'pages', 'mean ms', 'median ms', 'p95 ms', 'max ms']);
  for (const [name, t] of Object.entries(r.speed.timing)) {
    lines.push(row([name, t.pages, ms(t.meanMs), ms(t.medianMs), ms(t.p95Ms), ms(t.maxMs)]));
  }
  const q = r.speed.ratios;
  lines.push(
    '',
    `- newsclean is **${q.speedupVsReadabilityLinkedom.toFixed(1)}x** faster than Readability+linkedom (target ≥ 3x) ` +
      `and **${q.speedupVsReadabilityJsdom.toFixed(1)}x** faster than Readability+jsdom (target ≥ 20x).`,
    `- newsclean takes **${q.slowdownVsHtmlparser2.toFixed(2)}x** a bare htmlparser2 parse (target ≤ 3x) ` +
      `and ${q.slowdownVsCheerioParse5.toFixed(2)}x cheerio's default parse5 load.`,
    `- Metadata: ${ms(r.metadataCost.meanMetadataMs)} ms of ${ms(r.metadataCost.meanExtractMs)} ms per page ` +
      `(${(r.metadataCost.share * 100).toFixed(1)}% of extraction; target < 20%).`,
    `- Pages over 1 s: ${r.speed.pagesOver1s.length ? r.speed.pagesOver1s.map((p) => `${p.id} (${ms(p.ms)} ms)`).join(', ') : 'none'}.`,
  );
  return lines;
}

function worstTable(d: QualityResults['datasets'][string]): string[] {
  const lines = head(['page', 'F1', 'precision', 'recall', 'ms', 'failure']);
  for (const p of d.worst) {
    lines.push(
      row([p.id, f3(p.f1), f3(p.precision), f3(p.recall), p.ms === null ? '–' : ms(p.ms), p.failure ?? '']),
    );
  }
  return lines;
}

/** The whole quality section of RESULTS.md. */
export function renderReport(r: QualityResults): string {
  const out: string[] = [
    '## Quality and speed (`npm run bench:quality`)',
    '',
    `Run ${r.generatedAt} on ${r.machine.cpu} (${r.machine.cores} cores), node ${r.machine.node}, ${r.machine.platform}. ` +
      `Datasets: \`${r.config.benchDir}\`. Timing: ${r.config.warmup} warm-up pages, best of ${r.config.reps} per page.`,
  ];
  for (const [name, d] of Object.entries(r.datasets)) {
    const isSnippet = name === 'trafilatura-eval';
    out.push('', `### ${name} (${d.documents} documents)`, '');
    out.push(isSnippet ? 'Snippet metric, micro-averaged:' : 'Token metric, macro-averaged:', '');
    out.push(...(isSnippet ? snippetTable(d.text) : tokenTable(d.text)));
    out.push(
      '',
      'Metadata accuracy, among pages whose truth has the field:',
      '',
      ...metadataTable(d.metadata),
    );
    out.push('', 'newsclean worst pages by F1:', '', ...worstTable(d));
    const failures = Object.entries(d.failures).flatMap(([s, list]) =>
      list.map((f) => `${s}: ${f.id} — ${f.failure}`),
    );
    out.push('', `Failures: ${failures.length ? '' : 'none.'}`, ...failures.map((f) => `- ${f}`));
  }
  out.push('', '### Speed (both datasets, per page)', '', ...speedTable(r));
  const v = r.invariants;
  out.push('', '### Record invariants', '');
  out.push(`${v.recordsChecked} records checked: ${v.violations.length} violations.`);
  for (const x of v.violations) out.push(`- ${x.dataset}/${x.id}: ${x.field} "${x.value}" — ${x.problem}`);
  return out.join('\n');
}
