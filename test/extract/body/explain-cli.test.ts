/**
 * `newsclean parse --explain` through the built CLI on seed-style pages: the record lists the
 * removed blocks with their categories, and the article keeps all eight paragraphs.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ndjson, runCli } from '../../helpers/cli.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/${name}/page.html`, import.meta.url));

interface Removed {
  category: string;
  rule: string;
  text: string;
}

describe('parse --explain', () => {
  it('lists the donation block and the hashtag line of the Moscow Times–style page', async () => {
    const result = await runCli([
      'parse',
      '--explain',
      '--url',
      'https://www.themoscowtimes.com/2025/03/14/putin-trump-meeting-dates-to-be-discussed-a88361',
      fixture('moscow-times'),
    ]);
    expect(result.code).toBe(0);
    const [record] = ndjson(result.stdout) as Array<{ removed: Removed[]; text: string; tags: string[] }>;
    const categories = record!.removed.map((r) => r.category);
    expect(categories).toContain('donation');
    expect(categories).toContain('hashtags');
    const donation = record!.removed.find((r) => r.category === 'donation')!;
    expect(donation.text).toMatch(/^A Message from The Moscow Times/);
    expect(record!.removed.find((r) => r.category === 'hashtags')!.text).toMatch(/^#PutinTrump/);
    expect(record!.text.split('\n\n')).toHaveLength(8);
    expect(record!.tags).toContain('PutinTrump');
  });

  it('explains text-cue removals on a plain blog page, and omits `removed` without the flag', async () => {
    const withFlag = await runCli(['parse', '--explain', fixture('plain-blog-appeal')]);
    const [record] = ndjson(withFlag.stdout) as Array<{ removed: Removed[] }>;
    expect(record!.removed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'donation', rule: 'text-cues:donation' }),
        expect.objectContaining({ category: 'hashtags', rule: 'pattern:hashtag-line' }),
        expect.objectContaining({ category: 'credit', rule: 'pattern:optimizer-credit' }),
      ]),
    );
    const without = await runCli(['parse', fixture('plain-blog-appeal')]);
    expect(ndjson(without.stdout)[0]).not.toHaveProperty('removed');
  });
});
