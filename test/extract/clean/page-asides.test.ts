import { describe, expect, it } from 'vitest';
import { pageAsideRule, removePageAsides } from '../../../src/extract/clean/page-asides.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('page asides', () => {
  it("finds a site's disclaimer and a broadcaster's programme note, not an author's own disclaimer", () => {
    expect(pageAsideRule('免责声明：本文仅供参考，不构成投资建议。市场有风险，投资需谨慎。')).toBe(
      'text-cues:disclaimer',
    );
    expect(pageAsideRule('Dieser Beitrag ist keine Anlageberatung.')).toBe('text-cues:disclaimer');
    expect(pageAsideRule('Dieses Thema im Programm: WMR aktuell, 04.07.2025, 17:30 Uhr')).toBe(
      'text-cues:programme-note',
    );
    expect(
      pageAsideRule(
        'Disclaimer: if you see different patch sizes when you update manually, that is expected.',
      ),
    ).toBeNull();
  });

  it('finds feedback and app prompts', () => {
    expect(pageAsideRule('War der Artikel nützlich?')).toBe('text-cues:feedback');
    expect(pageAsideRule('Was this article helpful?')).toBe('text-cues:feedback');
    expect(
      pageAsideRule('Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei'),
    ).toBe('text-cues:download-link');
    expect(pageAsideRule('Annual report (PDF, 2,4 MB)')).toBe('text-cues:download-link');
    expect(pageAsideRule('The PDF of the report runs to 38 pages and was leaked on Monday.')).toBeNull();
    expect(
      pageAsideRule('We want to hear what you think about this article. Submit a letter to the editor.'),
    ).toBe('text-cues:feedback');
    expect(pageAsideRule('For the latest stories download the Daily News app for iOS and Android.')).toBe(
      'text-cues:app-promo',
    );
  });
  it("finds a line offering the outlet's app with no store named, and keeps a story's sentence on an app", () => {
    for (const line of [
      '下载鹭城新闻客户端，第一时间收到预警推送',
      'Download the Ledger app for breaking-news alerts',
      'Scarica la nostra app.',
      'アプリをダウンロードして速報を受け取る',
      'Die App herunterladen und nichts verpassen',
    ]) {
      expect(pageAsideRule(line), line).toBe('text-cues:app-promo');
    }
    expect(pageAsideRule('Residents can download the app to report potholes.')).toBeNull();
    expect(pageAsideRule('Get your application in by Friday')).toBeNull();
    expect(pageAsideRule('Apps approved by the council will be installed in schools')).toBeNull();
  });
  it("finds a portal's bracketed notice offering its app as a sentence, and keeps a story's sentence on an app", () => {
    expect(pageAsideRule('【江南时报客户端】下载江南时报APP，看更多暖新闻。')).toBe('text-cues:app-promo');
    expect(pageAsideRule('居民可以下载这个APP报修路灯。')).toBeNull();
  });

  it('finds an error-report prompt and a view counter, and keeps sentences about errors or views', () => {
    expect(pageAsideRule('Fehler gefunden? Schreiben Sie uns an korrektur@lotse.example.')).toBe(
      'text-cues:feedback',
    );
    expect(pageAsideRule('Encontrou algum erro? Comunique a redação.')).toBe('text-cues:feedback');
    expect(pageAsideRule('觉得这篇报道有用？给记者点个赞吧')).toBe('text-cues:feedback');
    expect(pageAsideRule('Просмотров: 2 814')).toBe('pattern:view-count');
    expect(pageAsideRule('13.08.2025 19:40Просмотров: 2 814')).toBe('pattern:view-count');
    expect(pageAsideRule('The auditors found an error in the 2023 accounts.')).toBeNull();
    expect(pageAsideRule('Views of the harbour cost 2,000 euros more.')).toBeNull();
  });

  it('finds the typo-report prompt and the statutory foreign-agent label, not a story quoting the label', () => {
    expect(pageAsideRule('Нашли опечатку? Выделите текст и нажмите Ctrl+Enter')).toBe(
      'text-cues:typo-report',
    );
    expect(pageAsideRule('Помітили помилку? Виділіть її та натисніть Ctrl + Enter')).toBe(
      'text-cues:typo-report',
    );
    expect(
      pageAsideRule(
        'ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА',
      ),
    ).toBe('text-cues:foreign-agent-label');
    expect(
      pageAsideRule(
        'Суд оштрафовал издание за отсутствие пометки «создано и (или) распространено иностранным агентом» на трёх публикациях.',
      ),
    ).toBeNull();
  });

  it('keeps prose that mentions apps or help', () => {
    expect(
      pageAsideRule('The app, available on iOS, was downloaded two million times in its first week.'),
    ).toBeNull();
    expect(pageAsideRule('The advice was helpful to many readers who wrote to the council.')).toBeNull();
  });
  it('removes an "About the author" heading with its bio line, and nothing else', () => {
    const ctx = context();
    const kept = removePageAsides(
      blocksFrom(`${prose(3)}<h3>About the author</h3><p>Jane writes about trains.</p>`),
      ctx,
    );
    expect(textOf(kept)).not.toMatch(/About the author|Jane writes/);
    expect(textOf(kept)).toContain('Article paragraph 3');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'other', rule: 'heading:page-aside' });
  });
});

describe('podcast promos', () => {
  it('takes a one-line promo and keeps a story about a podcast', () => {
    expect(pageAsideRule('Luister ook naar onze podcast Polderpraat, elke donderdag nieuw.')).toBe(
      'text-cues:podcast-promo',
    );
    expect(pageAsideRule('Ouça o podcast Café com Notícia, toda sexta-feira.')).toBe(
      'text-cues:podcast-promo',
    );
    expect(
      pageAsideRule(
        'The council said residents who listen to the new town podcast had sent more than 300 questions about the budget since it launched in March.',
      ),
    ).toBeNull();
  });
});
