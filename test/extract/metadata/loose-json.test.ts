import { describe, expect, it } from 'vitest';
import { parseLooseJson } from '../../../src/extract/metadata/loose-json.js';

describe('parseLooseJson', () => {
  it('parses valid JSON as is', () => {
    expect(parseLooseJson('{"a": [1, 2]}')).toEqual([{ a: [1, 2] }]);
  });

  it('tolerates trailing commas', () => {
    expect(parseLooseJson('{"a": [1, 2,], "b": "x",}')).toEqual([{ a: [1, 2], b: 'x' }]);
  });

  it('tolerates raw newlines and tabs inside strings', () => {
    expect(parseLooseJson('{"headline": "Line one\nline\ttwo"}')).toEqual([
      { headline: 'Line one line two' },
    ]);
  });

  it('strips HTML comment and CDATA wrappers', () => {
    expect(parseLooseJson('<!-- {"a": 1} -->')).toEqual([{ a: 1 }]);
    expect(parseLooseJson('//<![CDATA[\n{"a": 1}\n//]]>')).toEqual([{ a: 1 }]);
  });

  it('drops a comment left between the members', () => {
    expect(parseLooseJson('{"a": 1,\n  <!-- image: TODO -->\n  "b": ["x",],\n}')).toEqual([
      { a: 1, b: ['x'] },
    ]);
  });

  it('reads several objects back to back', () => {
    expect(parseLooseJson('{"a": 1}\n{"b": "}"}')).toEqual([{ a: 1 }, { b: '}' }]);
    expect(parseLooseJson('{"a": 1}, {"b": 2}')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('returns nothing for text that is not JSON, without throwing', () => {
    expect(parseLooseJson('')).toEqual([]);
    expect(parseLooseJson('window.x = function() {')).toEqual([]);
    expect(parseLooseJson('{"a": ')).toEqual([]);
  });
});
