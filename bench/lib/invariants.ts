/** Record invariants of issue 4, checked on every newsclean record of the bench. */
import { authorViolation, dateViolation } from './metadata-metrics.js';
import type { Invariants } from './results.js';
import type { BenchRecord } from './run-cli.js';

export function checkInvariants(
  byDataset: Record<string, Map<string, BenchRecord>>,
  now = new Date(),
): Invariants {
  const result: Invariants = { recordsChecked: 0, violations: [] };
  for (const [dataset, records] of Object.entries(byDataset)) {
    for (const [id, record] of records) {
      result.recordsChecked++;
      for (const author of record.authors ?? []) {
        const problem = authorViolation(author);
        if (problem) result.violations.push({ dataset, id, field: 'authors', value: author, problem });
      }
      for (const field of ['publishedAt', 'modifiedAt'] as const) {
        const value = record[field];
        if (typeof value !== 'string') continue;
        const problem = dateViolation(value, now);
        if (problem) result.violations.push({ dataset, id, field, value, problem });
      }
    }
  }
  return result;
}
