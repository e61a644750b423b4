import { describe, expect, it } from 'vitest';
import { isEmbedPlaceholder, removeCookieNotices } from '../../../src/extract/clean/cookie.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('blocked-embed consent placeholders', () => {
  it('are recognised in several languages', () => {
    expect(isEmbedPlaceholder('Twitter freischalten')).toBe(true);
    expect(
      isEmbedPlaceholder(
        'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.',
      ),
    ).toBe(true);
    expect(isEmbedPlaceholder('Click to load the YouTube video. External content may set cookies.')).toBe(
      true,
    );
    expect(isEmbedPlaceholder('Cliquez pour afficher le contenu externe de Instagram')).toBe(true);
  });

  it('keep prose that names a service or talks about content', () => {
    expect(
      isEmbedPlaceholder('The minister announced her resignation on Twitter late on Friday night.'),
    ).toBe(false);
    expect(isEmbedPlaceholder('Externe Inhalte auf Webseiten werden oft von Dritten geladen.')).toBe(false);
  });

  it('are removed as category cookie with their own rule', () => {
    const ctx = context();
    const kept = removeCookieNotices(blocksFrom(`${prose(2)}<p>YouTube-Inhalt laden</p>${prose(1, 3)}`), ctx);
    expect(textOf(kept)).not.toContain('YouTube');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'cookie', rule: 'text-cues:embed-consent' });
  });
});
