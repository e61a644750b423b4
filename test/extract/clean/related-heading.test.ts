import { describe, expect, it } from 'vitest';
import { removeTeasers, teaserRule } from '../../../src/extract/clean/related.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('related headings', () => {
  it('drop a short heading that opens with a related phrase, with the links under it', () => {
    const ctx = context();
    const html = `${prose(3)}<h2>Das könnte dich auch interessieren</h2><p><a href="/a">Ein anderer Artikel über etwas</a></p>`;
    const kept = removeTeasers(blocksFrom(html), ctx);
    expect(textOf(kept)).not.toMatch(/interessieren|anderer Artikel/);
    expect(ctx.removals.items[0]?.rule).toBe('heading:related');
  });

  it('take a list of headlines under them even without links, and under a label set as a line', () => {
    const list =
      '<ul><li>Kuglarze od kuchni: kto przenosi scenę w nocy</li><li>Divadlo Provázek: teatr, który gra w fontannie</li></ul>';
    for (const label of ['<h3>Czytaj także</h3>', '<div>相关阅读</div>']) {
      const kept = textOf(removeTeasers(blocksFrom(`${prose(2)}${label}${list}`), context()));
      expect(kept).not.toMatch(/Kuglarze|Divadlo/);
      expect(kept).toContain('Article paragraph 2');
    }
  });

  it("take a teaser card's unlinked headline in the label's box, and nothing past the box", () => {
    const card =
      '<div class="card"><span>Read more</span><div>The best spots to watch the race and where to get a coffee</div></div>';
    const kept = textOf(
      removeTeasers(blocksFrom(`<div>${prose(2)}</div>${card}<div>${prose(2)}</div>`), context()),
    );
    expect(kept).not.toMatch(/best spots/);
    expect(kept.match(/Article paragraph/g)).toHaveLength(4);
    // A line in the label's box that is followed by more of that box is the box's prose.
    const box =
      '<div><span>Read more</span><div>Why the city is spending more</div><p>The council met on Monday to vote.</p></div>';
    expect(textOf(removeTeasers(blocksFrom(`<div>${prose(2)}</div>${box}`), context()))).toContain(
      'spending more',
    );
  });

  it("take every unlinked headline in the label's box when the box ends after them", () => {
    const box =
      '<div><p>Meest gelezen</p><p>Tram naar De Uithof maand buiten dienst</p><p>Nieuwe wijk Merwede: bouw start in 2025</p></div>';
    const kept = textOf(removeTeasers(blocksFrom(`<div>${prose(2)}</div>${box}`), context()));
    expect(kept).not.toMatch(/Uithof|Merwede/);
    expect(kept).toContain('Article paragraph 2');
    // A box that goes on with a sentence after the short lines holds prose: its lines stay.
    const prosy =
      '<div><p>Meest gelezen</p><p>Tram naar De Uithof maand buiten dienst</p><p>Nieuwe wijk Merwede</p><p>De gemeente bouwt er 6.000 woningen, zegt de wethouder.</p></div>';
    expect(textOf(removeTeasers(blocksFrom(`<div>${prose(2)}</div>${prosy}`), context()))).toContain(
      'Uithof',
    );
  });

  it('take "More from" and a section\'s name over its headlines, and keep such a line over prose', () => {
    const box =
      '<div><p>Meer uit Cultuur</p><p>Noorderzon trekt recordaantal bezoekers</p><p>Fries Museum toont Escher</p></div>';
    const kept = textOf(removeTeasers(blocksFrom(`<div>${prose(2)}</div>${box}`), context()));
    expect(kept).not.toMatch(/Meer uit|Noorderzon|Escher/);
    const prosy =
      '<div><p>Mehr zu Hause</p><p>Die Familie lebt seit 1998 in dem Haus am Deich, sagt die Tochter.</p></div>';
    expect(textOf(removeTeasers(blocksFrom(`<div>${prose(2)}</div>${prosy}`), context()))).toContain(
      'Mehr zu Hause',
    );
  });

  it("take an embedded video's title line, and keep a sentence that opens with a video label", () => {
    for (const line of [
      'Video: zo meet je PFAS in de bodem (3:12)',
      '【動画】統合案に揺れる奥沢町を歩く（2分31秒）',
      '视频：加装电梯后，老人第一次“坐”回家（时长 01:46）',
      'VÍDEO · Veja também: As cheias do Mondego vistas do ar, um ano depois',
    ]) {
      expect(teaserRule(blocksFrom(`<p>${line}</p>`)[0]!), line).toBe('pattern:video-teaser');
    }
    for (const line of [
      'Video: the police released footage of the arrest on Friday.',
      'Videoüberwachung am Bahnhof: die Stadt stockt auf',
      'Watching the budget grow has become a sport in the town hall',
    ]) {
      expect(teaserRule(blocksFrom(`<p>${line}</p>`)[0]!), line).toBeNull();
    }
  });

  it('know plural most-read labels ("Más leídas", "Les plus lues", "Le più lette")', () => {
    for (const label of ['Más leídas', 'Les plus lues', 'Le più lette']) {
      const html = `${prose(2)}<div>${label}</div><ol><li><a href="/a">Uno</a></li><li><a href="/b">Dos</a></li></ol>`;
      expect(textOf(removeTeasers(blocksFrom(html), context())), label).not.toContain(label);
    }
  });

  it('keep a list of sentences under such a heading', () => {
    const html = `${prose(2)}<h3>See also</h3><ul><li>The council meets again on Monday.</li><li>The bridge reopens in June.</li></ul>`;
    expect(textOf(removeTeasers(blocksFrom(html), context()))).toContain('The bridge reopens in June.');
  });

  it('keep article headings and prose after them', () => {
    const html = `${prose(2)}<h2>Read more carefully than you think</h2><p>This paragraph is article prose and has no links at all, so it stays.</p>`;
    const kept = removeTeasers(blocksFrom(html), context());
    expect(textOf(kept)).toContain('This paragraph is article prose');
  });
});

describe('"also interesting" teaser labels', () => {
  it('removes a label with its linked headline, and keeps prose that opens alike', () => {
    const [nl] = blocksFrom(
      '<p>Ook interessant: <a href="/a/1">Busverbinding rijdt weer elk half uur</a></p>',
    );
    expect(teaserRule(nl!)).toBe('phrase:ook interessant:');
    const [pt] = blocksFrom(
      '<p>Leia ainda: <a href="/a/2">Quinta centenária vendida a grupo francês</a></p>',
    );
    expect(teaserRule(pt!)).toBe('phrase:leia ainda');
    const [prose] = blocksFrom('<p>Ook interessant is dat de gemeente het veer zelf wil betalen.</p>');
    expect(teaserRule(prose!)).toBeNull();
  });
});

describe('link-only lines', () => {
  it('are teasers, unless the link shows its own address (a reference or footnote line)', () => {
    const [teaser] = blocksFrom('<p><a href="/a/3">Harbour bridge to close for repairs</a></p>');
    expect(teaserRule(teaser!)).toBe('link-only');
    const [reference] = blocksFrom(
      '<p>[1] <a href="https://example.org/report.pdf">https://example.org/report.pdf</a></p>',
    );
    expect(teaserRule(reference!)).toBeNull();
  });
});

describe('source lines', () => {
  it("keep the story's linked sources after a sources label, in several languages", () => {
    for (const html of [
      '<p>Źródła: <a href="/d/a.pdf">akt oskarżenia prokuratury</a> · <a href="/d/b.pdf">komunikat policji</a></p>',
      '<p>Sources: <a href="/d/a.pdf">the indictment</a> · <a href="/d/b.pdf">the police statement</a></p>',
      '<p>来源：<a href="/d/a">起诉书</a> <a href="/d/b">警方通报</a></p>',
    ]) {
      const [line] = blocksFrom(html);
      expect(teaserRule(line!), html).toBeNull();
    }
  });
});

describe('teaser labels behind an arrow', () => {
  it('are teasers too', () => {
    const [line] = blocksFrom('<p>→ Читайте также: Почему в Якутске трескаются новостройки</p>');
    expect(teaserRule(line!)).toMatch(/^phrase:/);
  });
});
