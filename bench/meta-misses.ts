/**
 * Lists metadata misses per field (ours vs truth) for debugging: `tsx bench/meta-misses.ts <field> [dataset]`.
 */
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../src/extract/index.js';
import { loadDataset, type ReadabilityTruth, type TrafilaturaTruth } from './lib/datasets.js';
import {
  authorsMatchByline,
  authorsMatchTrafilatura,
  sameDate,
  sameText,
  trafilaturaAuthor,
} from './lib/metadata-metrics.js';

const field = process.argv[2] ?? 'title';
const which = process.argv[3] ?? 'trafilatura-eval';
let total = 0;
let miss = 0;
if (which === 'trafilatura-eval') {
  const ds = loadDataset<TrafilaturaTruth>('trafilatura-eval');
  for (const p of ds.pages) {
    const t = p.truth;
    const html = readFileSync(p.path, 'utf8');
    const m = extractFromHtml(html, { url: t.url }).metadata;
    let ok = true;
    let ours: unknown;
    let truth: unknown;
    if (field === 'title') {
      if (!t.title) continue;
      ours = m.title;
      truth = t.title;
      ok = sameText(m.title, t.title);
    } else if (field === 'author') {
      if (!t.author || (Array.isArray(t.author) && !t.author.length)) continue;
      ours = m.authors.join('; ');
      truth = trafilaturaAuthor(t.author);
      ok = authorsMatchTrafilatura(m.authors, t.author);
    } else if (field === 'date') {
      if (!t.date) continue;
      ours = m.publishedAt;
      truth = t.date;
      ok = sameDate(m.publishedAt, t.date);
    }
    total++;
    if (!ok) {
      miss++;
      console.log(`${p.id}\t${t.url}\n   ours : ${JSON.stringify(ours)}\n   truth: ${JSON.stringify(truth)}`);
    }
  }
} else {
  const ds = loadDataset<ReadabilityTruth>('readability-pages');
  for (const p of ds.pages) {
    const t = p.truth;
    const html = readFileSync(p.path, 'utf8');
    const m = extractFromHtml(html, { url: t.url ?? null }).metadata;
    let ok = true;
    let ours: unknown;
    let truth: unknown;
    if (field === 'title') {
      if (!t.title) continue;
      ours = m.title;
      truth = t.title;
      ok = sameText(m.title, t.title);
    } else if (field === 'byline') {
      if (!t.byline) continue;
      ours = m.authors;
      truth = t.byline;
      ok = authorsMatchByline(m.authors, t.byline);
    } else if (field === 'date') {
      if (!t.publishedTime) continue;
      ours = m.publishedAt;
      truth = t.publishedTime;
      ok = sameDate(m.publishedAt, t.publishedTime);
    }
    total++;
    if (!ok) {
      miss++;
      console.log(`${p.id}\t${t.url}\n   ours : ${JSON.stringify(ours)}\n   truth: ${JSON.stringify(truth)}`);
    }
  }
}
console.log(`${field} ${which}: ${total - miss}/${total} = ${((total - miss) / total).toFixed(3)}`);
