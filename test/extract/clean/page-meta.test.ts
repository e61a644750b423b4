import { describe, expect, it } from 'vitest';
import { pageAsideRule } from '../../../src/extract/clean/page-asides.js';
import { pageMetaRule, removePageMeta } from '../../../src/extract/clean/page-meta.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

const rule = (text: string): string | null => pageMetaRule(text)?.[1] ?? null;

describe('lines about the page', () => {
  it('finds reading-time notes in many languages', () => {
    for (const line of [
      'Время чтения: 3 минуты',
      'Oct 18, 2019 · 8 min read',
      'Lesezeit: 4 Min.',
      'Temps de lecture : 5 min',
      '3 minutos de lectura',
      'Czas czytania: 6 minut',
      '阅读时间：3分钟',
      '読了時間：約4分',
    ]) {
      expect(rule(line), line).toBe('text-cues:reading-time');
    }
  });

  it('finds view counters, alone or in a meta row', () => {
    for (const line of [
      'Категория: Городские новости | Просмотров: 1482 | Рейтинг: 4.6/9',
      'Esta noticia se ha leído 2.311 veces',
      'Dieser Artikel wurde 2311 mal gelesen',
      'Dieser Beitrag wurde 1482-mal gelesen',
      'Esta notícia foi lida 1.482 vezes',
      '37 views',
      'Wyświetleń: 1 204',
      '阅读 1482',
    ]) {
      expect(rule(line), line).toBe('text-cues:meta-row');
    }
  });

  it('finds rows of two meta labels, but not a fact box with one', () => {
    expect(rule('Категория: Новости города | Добавил: admin')).toBe('text-cues:meta-row');
    expect(rule('Rubrik: Lokales · Autor: Jan Maier · Datum: 3.4.2025')).toBe('text-cues:meta-row');
    expect(rule('Autor: Olga Tokarczuk | Wydawnictwo: Znak | Cena: 39 zł')).toBeNull();
    expect(rule('Data: 12 maja | Miejsce: Kraków | Bilety: 30 zł')).toBeNull();
  });

  it('finds print links, like counters, platform controls and share prompts', () => {
    expect(rule('Imprimir esta página')).toBe('text-cues:print-link');
    expect(rule('Druckversion')).toBe('text-cues:print-link');
    expect(rule('32人喜欢')).toBe('text-cues:like-count');
    expect(rule('喜欢作者')).toBe('text-cues:like-count');
    expect(rule('阅读原文')).toBe('text-cues:like-count');
    expect(rule('120 likes')).toBe('text-cues:like-count');
    expect(rule('如果你觉得这篇文章有用，请点一下文末的「在看」，再转发给同样住在老小区的邻居和父母。')).toBe(
      'text-cues:share-prompt',
    );
    expect(rule('If you found this article useful, please share it with a friend who rides the bus.')).toBe(
      'text-cues:share-prompt',
    );
  });

  it('keeps article sentences with the same words', () => {
    for (const line of [
      'The museum had 2,000 views of its new film in a week, the director said.',
      'Reading time at the library rose by 3 minutes a day.',
      'The clip was viewed 3 million times.',
      'Ha votado 3 veces en contra del presupuesto',
      'He printed the article and took it to the council.',
      '他说，如果觉得不舒服，可以把情况转发给医生。',
      'Print media lost 12% of their readers in 2024.',
    ]) {
      expect(rule(line), line).toBeNull();
    }
  });

  it('removes the lines and keeps the prose', () => {
    const ctx = context();
    const html = `<p>Время чтения: 3 минуты</p>${prose(2)}<p>Imprimir esta página</p>`;
    const text = textOf(removePageMeta(blocksFrom(html), ctx));
    expect(text).not.toMatch(/Время чтения|Imprimir/);
    expect(text).toContain('Article paragraph 2');
    expect(ctx.removals.items.map((r) => r.rule)).toEqual(['text-cues:reading-time', 'text-cues:print-link']);
  });
});

describe('feedback questions', () => {
  it('include "did this story help you" in more wordings', () => {
    expect(pageAsideRule('¿Te ha servido esta noticia?')).toBe('text-cues:feedback');
    expect(pageAsideRule('Была ли эта новость полезной?')).toBe('text-cues:feedback');
    expect(pageAsideRule('Эта статья была полезной?')).toBe('text-cues:feedback');
    expect(pageAsideRule('Hat Ihnen dieser Artikel geholfen?')).toBe('text-cues:feedback');
    expect(pageAsideRule('«¿De qué te ha servido estudiar tanto?», preguntó la vecina.')).toBeNull();
  });
});

describe('breadcrumbs and run-together info lines', () => {
  it('removes a trail of section links with arrows, after a label or none', () => {
    const html = `<p><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/news/">新闻</a> &gt; <a href="/news/local/">本地新闻</a> &gt;</p>
      <p><a href="/">Home</a> › <a href="/sport/">Sport</a></p>${prose(3)}`;
    const ctx = context();
    const kept = textOf(removePageMeta(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/主页|Home › Sport/);
    expect(kept).toContain('Article paragraph 1:');
    expect(ctx.removals.items.map((r) => r.rule)).toEqual(['text-cues:breadcrumb', 'text-cues:breadcrumb']);
  });

  it("keeps a timeline of the story's linked earlier reports", () => {
    const html = `<p>Timeline: <a href="https://paper.example/heat-pump-pilot-launches/">2022 pilot</a> › <a href="https://paper.example/boiler-grants-second-round/">2024 second round</a></p>
      <p>Хронология: <a href="/news/2021/05/start">2021</a> › <a href="/news/2023/02/next">2023</a></p>`;
    const kept = textOf(removePageMeta(blocksFrom(html), context()));
    expect(kept).toContain('2022 pilot › 2024 second round');
    expect(kept).toContain('2021 › 2023');
  });

  it('keeps a follow line of links split by bars, and a sentence that has links in it', () => {
    const html = `<p>Follow us: <a href="https://x.example">X</a> | <a href="https://fb.example">Facebook</a></p>
      <p>See <a href="/a">the report</a> and <a href="/b">the reply</a>.</p>`;
    const kept = textOf(removePageMeta(blocksFrom(html), context()));
    expect(kept).toContain('Follow us: X | Facebook');
    expect(kept).toContain('See the report and the reply.');
  });

  it('takes an info line whose labels run together, but not a line with two labels', () => {
    expect(rule('时间:2026-07-14 08:32来源:南岭日报作者:记者 许嘉琪 通讯员 黄力点击: 次')).toBe(
      'text-cues:meta-row',
    );
    expect(rule('Autor: Jan Kowalski, data: 3 marca')).toBeNull();
  });
});
