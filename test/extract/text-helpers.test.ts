import { describe, expect, it } from 'vitest';
import { readHints } from '../../src/extract/metadata/element-hints.js';
import {
  blocksToText,
  collapseSpaces,
  countWords,
  isSpaceCode,
  textLength,
  toNfc,
} from '../../src/extract/text.js';
import type { Block } from '../../src/extract/types.js';

describe('text helpers', () => {
  it('collapseSpaces matches replace(/\\s+/g, " ")', () => {
    const samples = [
      'a b',
      'a  b',
      ' a\n\tb ',
      'a\u00a0b',
      'a \u2028 b',
      '',
      '   ',
      'x\r\ny',
      'one two  three\n',
    ];
    for (const s of samples) expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '));
  });

  it('isSpaceCode agrees with \\s for every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('countWords counts \\S+ runs', () => {
    for (const s of ['', ' ', 'one', ' one  two\nthree ', 'a\u3000b\ufeffc']) {
      expect(countWords(s)).toBe(s.match(/\S+/g)?.length ?? 0);
    }
  });

  it('textLength is the length of blocksToText', () => {
    const blocks: Block[] = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: ' First  line ' },
          { type: 'break' },
          { type: 'text', text: 'second' },
        ],
      },
      { type: 'rule' },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Head' }] },
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'paragraph', children: [{ type: 'text', text: 'item' }] }]],
      },
    ];
    expect(blocksToText(blocks)).toBe('First line\nsecond\n\nHead\n\nitem');
    expect(textLength(blocks)).toBe(blocksToText(blocks).length);
    expect(textLength([])).toBe(0);
  });
});

describe('element hints', () => {
  it('reads class and id words apart as if joined', () => {
    const cache = new Map<string, number>();
    const h = readHints({ class: 'post-meta', id: 'byline-1', itemprop: 'author' }, cache);
    expect(h.hasClassId).toBe(true);
    expect(h.itemprop).toBe('author');
    const none = readHints({ href: '/x' }, cache);
    expect(none.hasClassId).toBe(false);
    expect(none.words).toBe(0);
  });
});

describe('toNfc', () => {
  it('composes text with combining marks, as normalize does', () => {
    expect(toNfc('gepru\u0308ft')).toBe('geprüft');
    expect(toNfc('\u212b')).toBe('\u00c5');
  });
  it('returns plain Latin text itself (nothing below U+0300 changes under NFC)', () => {
    const text = 'Ça coûte 5 € — “déjà” vu';
    expect(toNfc(text)).toBe(text);
    let all = '';
    for (let c = 0; c < 0x300; c++) all += String.fromCharCode(c);
    expect(all.normalize('NFC')).toBe(all);
  });
});
