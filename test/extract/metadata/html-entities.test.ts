import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/extract/metadata/html-entities.js';

describe('decodeEntities', () => {
  it('decodes numeric references and the common named ones', () => {
    expect(decodeEntities('Meghan&#39;s &#x201C;view&#x201D; &amp; &AMP; &hellip;')).toBe(
      "Meghan's “view” & & …",
    );
  });

  it('composes accented Latin letters from their entity names, case kept', () => {
    expect(decodeEntities('M&uuml;ller, &Auml;rger, Fran&ccedil;ois, &Scaron;koda, Se&ntilde;or')).toBe(
      'Müller, Ärger, François, Škoda, Señor',
    );
  });

  it('leaves unknown and incomplete references as written', () => {
    expect(decodeEntities('AT&T &foo; &qacute; &amp')).toBe('AT&T &foo; &qacute; &amp');
  });

  it('turns a reference to no character into U+FFFD, as the HTML standard does', () => {
    expect(decodeEntities('a&#0;b&#xD800;c')).toBe('a\uFFFDb\uFFFDc');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;amp; &amp;#39;')).toBe('&amp; &#39;');
  });
});
