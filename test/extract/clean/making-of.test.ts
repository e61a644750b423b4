import { describe, expect, it } from 'vitest';
import { appealCues } from '../../../src/extract/clean/appeal-cues.js';
import { blockText } from '../../../src/extract/clean/block-text.js';
import { makingOfNotes } from '../../../src/extract/clean/making-of.js';
import { blocksFrom } from '../helpers.js';

function notes(html: string, removed: number[]): number[] {
  const blocks = blocksFrom(html);
  return makingOfNotes(
    blocks.map(blockText),
    blocks.map((b) => appealCues(b)),
    new Set(removed),
  );
}

describe('making-of notes', () => {
  const html = `<p>The night clinic will close in January.</p>
    <p>This story took us five weeks: we spoke to doctors, patients and the health board.</p>
    <p>Reporting like this is only possible because readers pay for it.</p>
    <p>Questa inchiesta ha richiesto sei settimane di lavoro tra ospedali e sindacati.</p>`;

  it('go beside a removed appeal piece, in several languages', () => {
    expect(notes(html, [2])).toEqual([1, 3]);
  });

  it('read a note after a short opener sentence in the same block', () => {
    const html = `<p>Una nota, prima di andare avanti. Questa inchiesta ci ha preso tre settimane: verbali, delibere, ore di registrazioni.</p>
      <p>Reporting like this is only possible because readers pay for it.</p>
      <p>The council met on Tuesday. It voted to close the pool for the winter.</p>`;
    expect(notes(html, [1])).toEqual([0]);
  });

  it('read a single week or month as the span', () => {
    const one = `<p>Questo articolo ci ha richiesto una settimana di lavoro.</p>
      <p>Reporting like this is only possible because readers pay for it.</p>
      <p>Dieser Beitrag hat uns eine Woche Arbeit gekostet.</p>`;
    expect(notes(one, [1])).toEqual([0, 2]);
  });

  it('read a Japanese span written with katakana ka ("4カ月")', () => {
    const ja = `<p>この記事の取材には4カ月かかりました。</p>
      <p>Reporting like this is only possible because readers pay for it.</p>`;
    expect(notes(ja, [1])).toEqual([0]);
  });

  it('read years as the span', () => {
    const years = `<p>Questa inchiesta è costata tre anni di lavoro e due ricorsi al TAR.</p>
      <p>Reporting like this is only possible because readers pay for it.</p>
      <p>This investigation took two years and forty records requests.</p>`;
    expect(notes(years, [1])).toEqual([0, 2]);
  });

  it('read other nouns for the story, and Chinese and Japanese notes', () => {
    const more = `<p>Esta información nos llevó once días de llamadas y visitas a la estación.</p>
      <p>Reporting like this is only possible because readers pay for it.</p>
      <p>这篇稿子，我们的记者前后跑了五个星期，敲了四十多户人家的门。</p>`;
    expect(notes(more, [1])).toEqual([0, 2]);
  });

  it('go a story paragraph or two above the piece they open, and not further', () => {
    const split = `<p>Reporting like this takes time. Priya and Tom spent four months reading these files.</p>
      <p>Some reports were posted more than a year after the inspection.</p>
      <p>We can do that because 3,100 readers chip in each year. If you value it, join them.</p>`;
    expect(notes(split, [2])).toEqual([0]);
    const far = `<p>Reporting like this takes time. Priya and Tom spent four months reading these files.</p>
      <p>Some reports were posted more than a year after the inspection.</p>
      <p>The department said it had too few staff to post them on time.</p>
      <p>Three facilities were cited again in 2024.</p>
      <p>We can do that because 3,100 readers chip in each year. If you value it, join them.</p>`;
    expect(notes(far, [4])).toEqual([]);
  });

  it('read a span in the genitive plural ("трьох місяців", "трёх месяцев")', () => {
    const uk = `<p>Це розслідування — результат трьох місяців роботи з реєстрами і виїздів на дороги.</p>
      <p>Reporting like this is only possible because readers pay for it.</p>
      <p>Это расследование заняло у нас три месяца.</p>`;
    expect(notes(uk, [1])).toEqual([0, 2]);
  });

  it("stay away from an appeal: the article's own account of its method", () => {
    expect(notes(html, [])).toEqual([]);
    expect(notes(html, [0])).toEqual([1]);
  });

  it('read the traditional Chinese spelling of a report', () => {
    const zh = `<p>這篇報導，記者在東嶼島待了十一天，跟著研究船出海七次。</p>
      <p>《潮境》是非營利媒體，所有報導免費開放閱讀。</p>`;
    expect(notes(zh, [1])).toEqual([0]);
  });
});
