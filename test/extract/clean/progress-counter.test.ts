import { describe, expect, it } from 'vitest';
import { removePageAsides } from '../../../src/extract/clean/page-asides.js';
import { extract } from '../../../src/index.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('counters beside a progress bar', () => {
  it('removes the line with a figure next to a <progress>, <meter> or role="progressbar"', () => {
    const ctx = context();
    const html =
      `${prose(1)}<div><progress max="100" value="40"></progress> <span>Mancano 230 soci all'obiettivo</span></div>` +
      `${prose(1, 2)}<div><div role="progressbar" aria-valuenow="60"><span></span></div><p>已有842位读者加入</p></div>` +
      `${prose(1, 3)}<div><meter value="0.7"></meter><p>7 von 10 Plätzen vergeben</p></div>${prose(1, 4)}`;
    const kept = textOf(removePageAsides(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/Mancano|842|Plätzen/);
    expect(kept).toContain('Article paragraph 4');
    expect(ctx.removals.items.map((r) => r.rule)).toEqual(Array(3).fill('markup:progress-counter'));
  });

  it('keeps lines without a figure, long paragraphs, and a big container that happens to hold a bar', () => {
    const noFigure = `${prose(2)}<div><progress value="3" max="4"></progress><p>Almost there!</p></div>`;
    expect(textOf(removePageAsides(blocksFrom(noFigure), context()))).toContain('Almost there!');
    const section = `<div><progress value="10" max="100"></progress>${prose(3)}<p>In 2024 the turnout was 61%.</p></div>`;
    expect(textOf(removePageAsides(blocksFrom(section), context()))).toContain('turnout was 61%');
    const noBar = `${prose(2)}<div><p>Noch 412 Förderer bis zum Jahresziel</p></div>`;
    expect(textOf(removePageAsides(blocksFrom(noBar), context()))).toContain('Noch 412');
  });

  it("takes each line of a counter box whose bar sits beside the lines' own elements", () => {
    const html = `${prose(2)}<div class="c1"><div class="c2">Contributeurs réguliers : 143 / 200</div><div class="c2">Manque à gagner restant : 6 840 €</div><div class="c3" role="progressbar" aria-valuenow="72"><div style="width:72%"></div></div></div>${prose(1, 3)}`;
    const kept = textOf(removePageAsides(blocksFrom(html), context()));
    expect(kept).not.toMatch(/143 \/ 200|6 840/);
    expect(kept).toContain('Article paragraph 3');
  });

  it('reads one fill drawn in CSS as the bar, and keeps a poll whose answers each draw one', () => {
    const counter = `${prose(2)}<div class="tracker"><div>6.214 leden</div><span>Nog 786 te gaan tot 7.000</span><div class="bar"><div class="bar-fill" style="width:88%"></div></div></div>`;
    expect(textOf(removePageAsides(blocksFrom(counter), context()))).not.toMatch(/6\.214|Nog 786/);
    const poll = `${prose(2)}<div class="poll"><div>Ja: 62 %</div><div style="width:62%"></div><div>Nee: 38 %</div><div style="width:38%"></div></div>`;
    const kept = textOf(removePageAsides(blocksFrom(poll), context()));
    expect(kept).toContain('Ja: 62 %');
    expect(kept).toContain('Nee: 38 %');
  });

  it("keeps a story's bars: a chart's rows, a building's progress, a thermometer titled with the story's words", () => {
    const rows = ['Sophie Garnier 54,8 %', 'Jean-Marc Douillard 45,2 %']
      .map(
        (r, i) =>
          `<div class="row"><span>${r}</span><span class="bar" style="width:${i ? 45 : 55}%"></span></div>`,
      )
      .join('');
    const chart = `${prose(2)}<div class="result">${rows}</div>${prose(1, 3)}`;
    expect(textOf(removePageAsides(blocksFrom(chart), context()))).toContain('Jean-Marc Douillard 45,2 %');
    const works = `${prose(2)}<div class="fig"><div>Виконано 63% робіт</div><div><div style="width:63%"></div></div><div>Плановий термін — травень 2025 року</div></div>`;
    expect(textOf(removePageAsides(blocksFrom(works), context()))).toContain('Виконано 63% робіт');
    const ctx = { ...context(), headline: 'Pellow Street Library roof appeal passes £300,000' };
    const thermometer = `${prose(2)}<figure><p>Pellow Street Library roof appeal</p><div><div style="width:69%"></div></div><p>£312,400 raised of the £450,000 target</p></figure>`;
    expect(textOf(removePageAsides(blocksFrom(thermometer), ctx))).toContain('£312,400 raised');
    // The outlet's own counter beside such a story still goes.
    const own = `${prose(2)}<div class="c"><div>Friends of the Courier: 1,140</div><div>Goal: 1,500</div><div><div style="width:76%"></div></div></div>`;
    expect(textOf(removePageAsides(blocksFrom(own), ctx))).not.toContain('1,140');
  });

  it("reads a <progress> element's fallback text apart from the label beside it", () => {
    const html = `${prose(2)}<div class="goal"><label>远山之友 3,870 / 6,000</label><progress value="3870" max="6000">64%</progress></div>`;
    expect(textOf(removePageAsides(blocksFrom(html), context()))).not.toContain('3,870');
  });

  it('reads a ring drawn in SVG as the bar, through the whole extraction', () => {
    const ring =
      '<svg viewBox="0 0 120 120"><circle cx="60" cy="60" r="52" stroke-dasharray="124.2 326.7"/><text x="60" y="66">38%</text></svg>';
    const story = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the story about the harbour festival, which drew more visitors than ever before this year.</p>`,
    ).join('');
    const html = `<html><head><title>Festival | Kite</title></head><body><article><h1>Festival</h1>${story}<figure>${ring}<div>応援してくれた人 214人</div></figure></article></body></html>`;
    const { text } = extract(html, { url: 'https://kite.example/a' });
    expect(text).toContain('Paragraph 5');
    expect(text).not.toMatch(/214人|38%/);
  });

  it("keeps a charity's thermometer under a fundraising class in a story about its drive, and drops the outlet's", () => {
    const story = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the library board heard how the bookmobile fund grew over the summer, donor by donor.</p>`,
    ).join('');
    const graphic =
      '<div class="fundraiser-graphic"><p><strong>Pellow Street Library roof appeal</strong></p><p>£312,400 raised of the £450,000 target</p><p>1,874 donors have given so far</p></div>';
    const own =
      '<div class="support-box"><p>1,206 members keep the Ledger free to read.</p><p>Join them from £3 a month.</p></div>';
    const html = `<html><head><title>Pellow Street Library roof appeal passes £300,000 | Ledger</title></head><body><article><h1>Pellow Street Library roof appeal passes £300,000</h1>${story}${graphic}${own}</article></body></html>`;
    const { text } = extract(html, { url: 'https://ledger.example/roof/' });
    expect(text).toContain('£312,400 raised of the £450,000 target');
    expect(text).toContain('Pellow Street Library roof appeal');
    expect(text).not.toMatch(/1,206 members|Join them/);
  });

  it("keeps a charity's bars and tallies inside the story's info box, and takes the same counter in a plain box", () => {
    const box = (cls: string) =>
      `${prose(2)}<div class="${cls}"><p><b>Angariação para a ambulância</b></p><div class="progress" role="progressbar" aria-valuenow="62"><div style="width:62%"></div></div><p>49.600 € de 80.000 € — 62%</p></div>${prose(1, 3)}`;
    expect(textOf(removePageAsides(blocksFrom(box('infobox')), context()))).toContain('49.600 € de 80.000 €');
    expect(textOf(removePageAsides(blocksFrom(box('c-77')), context()))).not.toContain(
      '49.600 € de 80.000 €',
    );
  });

  it("keeps a pledge counter line inside the story's info box from the donation pass too", async () => {
    const { removeDonationAppeals } = await import('../../../src/extract/clean/donation.js');
    const html = (cls: string) =>
      `${prose(2)}<div class="${cls}"><p><b>Стан збору, листопад 2026</b></p><p>Зібрано 64% — 5,6 млн грн</p><p>Ремонт корпусу виконано на 90%</p></div>${prose(1, 3)}`;
    expect(textOf(removeDonationAppeals(blocksFrom(html('infobox')), context()))).toContain('Зібрано 64%');
    expect(textOf(removeDonationAppeals(blocksFrom(html('c-77')), context()))).not.toContain('Зібрано 64%');
  });
});
