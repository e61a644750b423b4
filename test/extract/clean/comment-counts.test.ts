import { describe, expect, it } from 'vitest';
import { isCommentsMarker, removeComments } from '../../../src/extract/clean/comments.js';
import { extract } from '../../../src/index.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('comment counts', () => {
  it('knows a count next to a comments or discussion word, in many languages', () => {
    for (const marker of [
      'Comments (3)',
      '3 comments',
      'Diskussion (12)',
      'Kommentare: 7',
      'Kommentare 12',
      'Комментарии (5)',
      'Обговорення (2)',
      'Réactions (14)',
      'Commenti [9]',
      'コメント（4）',
      '12条评论',
      '评论（30）',
      'View all 12 comments',
      'この記事へのコメント（124件）',
      'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
      'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *',
      'Voir les commentaires (5)',
      'Показать комментарии (8)',
      '网友评论 32 条',
      '全部评论（12）',
      // The section's state, worded as the phrase lists do not have it.
      'Kommentare sind für diesen Artikel deaktiviert.',
      'Los comentarios están sujetos a moderación.',
      'Reageren is niet mogelijk bij dit artikel.',
      'コメントを残す',
    ]) {
      expect(isCommentsMarker(marker), marker).toBe(true);
    }
  });

  it('keeps the discussion words without a count, and counts inside prose', () => {
    expect(isCommentsMarker('Diskussion')).toBe(false);
    expect(isCommentsMarker('Discussion of the 12 proposals went on past midnight.')).toBe(false);
    expect(isCommentsMarker('Die Diskussion dauerte 3 Stunden')).toBe(false);
    expect(isCommentsMarker('Discussione 2025: il bilancio della città')).toBe(false);
    expect(isCommentsMarker('Read 12 replies to the mayor on our letters page')).toBe(false);
    // A story's sentence on comments and their moderation is longer than a notice.
    expect(
      isCommentsMarker(
        'The council said comments on the planning portal were closed on Friday after more than 4,000 residents had written in about the scheme.',
      ),
    ).toBe(false);
  });

  it('ends the article at a count link in its last part', () => {
    const ctx = context();
    const html = `${prose(4)}<p><a href="#comments">Diskussion (12)</a></p>`;
    const kept = textOf(removeComments(blocksFrom(html), ctx));
    expect(kept).not.toContain('Diskussion');
    expect(kept).toContain('Article paragraph 4');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'comments' });
  });

  it('knows a note that comments are for subscribers', () => {
    for (const marker of [
      'Réservé à nos abonnés. Participez au débat en vous abonnant.',
      'Comments are reserved for subscribers.',
      'I commenti sono riservati agli abbonati.',
      'Os comentários estão disponíveis apenas para assinantes.',
    ])
      expect(isCommentsMarker(marker), marker).toBe(true);
    expect(isCommentsMarker('Participez au débat public le 12 mars à la mairie.')).toBe(false);
  });

  it('knows an invitation to be the first to comment, and the comments heading above it', () => {
    for (const marker of [
      'Sé el primero en comentar esta noticia.',
      'Seja a primeira pessoa a comentar. Os comentários passam por moderação.',
      'Soyez le premier à commenter.',
    ])
      expect(isCommentsMarker(marker), marker).toBe(true);
    const html = `${prose(4)}<h3>Comentarios</h3><p>Sé el primero en comentar esta noticia.</p>`;
    const kept = textOf(removeComments(blocksFrom(html), context()));
    expect(kept).not.toMatch(/Comentarios|primero en comentar/);
    expect(kept).toContain('Article paragraph 4');
  });

  it('knows a note that comments are closed or switched off, in several languages', () => {
    for (const marker of [
      'Коментарі до цього матеріалу вимкнено.',
      'Комментарии отключены.',
      'I commenti sono chiusi.',
      'Comments are disabled for this story.',
      'Die Kommentarfunktion ist deaktiviert.',
      '评论已关闭',
      'Dejá tu comentario',
      'Los comentarios publicados son de exclusiva responsabilidad de sus autores.',
    ])
      expect(isCommentsMarker(marker), marker).toBe(true);
  });
});

describe('comment threads', () => {
  const thread = (label: string, prompt = '') =>
    `${prose(6)}<h3>${label}</h3><div><b>Hannes_K</b><p>Bin seit 30 Jahren Kunde. Jetzt wechsle ich.</p></div><div><b>Eva M.</b><p>12 Euro für die Girocard ist einfach frech.</p></div>${prompt}`;

  it("take a label with commenters' names and their comments under it, to the prompt or the end", () => {
    for (const html of [
      thread('Kommentare', '<p>Melden Sie sich an, um einen Kommentar zu schreiben.</p>'),
      thread('Kommentare'),
      thread('Dyskusja'),
      // An obituary's guestbook.
      thread('Kondolenzen und Kommentare'),
      thread('Condolences'),
      thread('Commenta'),
      thread('Opiniones de los lectores'),
    ]) {
      const kept = textOf(removeComments(blocksFrom(html), context()));
      expect(kept).not.toMatch(/Kommentare|Dyskusja|Commenta|Opiniones|Hannes_K|Girocard|Melden Sie/);
      expect(kept).toContain('Article paragraph 4');
    }
  });

  it("keeps a crosshead over the story's own paragraphs", () => {
    const html = `${prose(4)}<h3>Reacties</h3>${prose(3, 5)}<p>Log in om te reageren.</p>`;
    const kept = textOf(removeComments(blocksFrom(html), context()));
    expect(kept).toContain('Reacties');
    expect(kept).toContain('Article paragraph 6');
  });

  it('take a label with a few short replies under it to the end, in a box of its own', () => {
    const html = `<div>${prose(6)}</div><section><h3>Коментарі</h3><p>Нарешті хоч щось корисне з тих грантів.</p><p>А що з поліклінікою на Замостянській?</p></section>`;
    const kept = textOf(removeComments(blocksFrom(html), context()));
    expect(kept).not.toMatch(/Коментарі|грантів|поліклінікою/);
    expect(kept).toContain('Article paragraph 6');
  });

  it("keep a crosshead and its short lines in the story's own container", () => {
    const html = `<div>${prose(6)}<h3>Reacties</h3><p>De burgemeester noemt het besluit teleurstellend.</p></div>`;
    expect(textOf(removeComments(blocksFrom(html), context()))).toContain('teleurstellend');
  });

  it('knows the prompts to log in before commenting', () => {
    for (const marker of [
      'Accedi per lasciare un commento.',
      'Inicie sessão para comentar.',
      'Zaloguj się, aby dodać komentarz.',
      'Réagir à cet article',
      'コメントするにはログインが必要です。',
    ])
      expect(isCommentsMarker(marker), marker).toBe(true);
  });
  it('knows the house rules and who may post, in many languages', () => {
    for (const marker of [
      'Los comentarios están moderados. Consulta nuestras normas de participación.',
      'Os comentários são moderados. Leia as regras da comunidade.',
      'Vous devez être abonné pour réagir.',
      'Solo gli abbonati possono commentare.',
      'Log in to join the conversation',
      'Join the conversation',
      'Deixe seu comentário',
      'Members can comment on every story. Sign in or join to reply.',
      '登入會員後即可留言',
      'Войдите, чтобы комментировать и получать письма от редакции.',
    ])
      expect(isCommentsMarker(marker), marker).toBe(true);
  });

  it('take a label carrying its count, and a name line with the date after it', () => {
    for (const html of [
      thread('Opina (2)', '<p>Los comentarios están moderados.</p>'),
      thread('Participe da conversa (1)'),
      thread('Commenti dei lettori: 2'),
      thread('Discussion à propos de cette publication'),
      thread('留言区'),
    ]) {
      const kept = textOf(removeComments(blocksFrom(html), context()));
      expect(kept).not.toMatch(/Opina|conversa|Commenti|Discussion|留言区|Hannes_K|Girocard|moderados/);
      expect(kept).toContain('Article paragraph 6');
    }
    const dated = `${prose(6)}<h3>Discussion about this post</h3><div><b>Marisol T.</b> <time>Apr 28</time><p>So proud of this city.</p></div>`;
    const kept = textOf(removeComments(blocksFrom(dated), context()));
    expect(kept).not.toMatch(/Discussion|Marisol|proud/);
  });

  it("takes Substack's thread under its heading in Italian, Spanish, Portuguese, Polish and Dutch", () => {
    for (const heading of [
      'Discussione su questo post',
      'Discusión sobre esta publicación',
      'Discussão sobre este post',
      'Dyskusja o tym poście',
      'Discussie over dit bericht',
    ]) {
      const html = `${prose(6)}<section><h3>${heading}</h3><div><p>Orgogliosa della mia valle.</p></div><div><p>Bravi! Quando arriva?</p></div></section>`;
      const kept = textOf(removeComments(blocksFrom(html), context()));
      expect(kept, heading).not.toMatch(/Orgogliosa|Bravi|Discuss|Dyskusja/);
      expect(kept).toContain('Article paragraph 6');
    }
  });

  it("keeps a story's counted crosshead that is no comment label over its own paragraphs", () => {
    const html = `${prose(6)}<h3>Los candidatos (3)</h3><p>Ana Ruiz</p>${prose(2, 7)}`;
    const kept = textOf(removeComments(blocksFrom(html), context()));
    expect(kept).toContain('Ana Ruiz');
    expect(kept).toContain('Article paragraph 8');
  });
});

describe("a comment section right after the outlet's appeal", () => {
  it('keeps its label for the comments pass, which takes the thread under it (probe66 es_after)', async () => {
    const { readFileSync } = await import('node:fs');
    const { extract } = await import('../../../src/index.js');
    const dir = new URL('../../../bench/probes/probe66/es_after/', import.meta.url);
    const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as {
      url: string;
      article: string[];
    };
    const { text } = extract(readFileSync(new URL('page.html', dir), 'utf8'), { url: truth.url });
    expect(text).not.toMatch(/palmero_84|Vergüenza/);
    for (const line of truth.article) expect(text).toContain(line);
  });
});

describe('comment headings in Chinese and Japanese', () => {
  it('removes a "网友评论" section with its name lines and replies', () => {
    const paragraphs = Array.from(
      { length: 5 },
      (_, k) =>
        `<p>第${k + 1}段：研究团队利用中国天眼发现了一批新的脉冲星，这些天体的自转周期极短，信号非常稳定，为引力波探测提供了新的工具。</p>`,
    ).join('');
    const html = `<html lang="zh-CN"><body><article><h1>中国天眼发现新脉冲星</h1>${paragraphs}<section class="c-7c65"><h3>网友评论</h3><ol><li><b>江城老张</b> <p>写得很清楚，点赞。</p></li><li><b>小雨同学</b> <p>希望后续能继续跟进报道。</p></li></ol><p>登录后发表评论</p></section></article></body></html>`;
    const { text } = extract(html, { url: 'https://x.example/a' });
    expect(text).not.toMatch(/网友评论|点赞|跟进报道/);
    expect(text).toContain('第5段');
  });
});

describe('signed comments, each its name and a colon', () => {
  it('go as a list under the label, and as lines above the form prompt', () => {
    const list = `${prose(4)}<h2>Коментарі</h2><ol><li>Ірина Л.: Які світлі люди! Обов’язково зайду купити хліба.</li></ol>`;
    expect(textOf(removeComments(blocksFrom(list), context()))).not.toMatch(/Коментарі|Ірина/);
    const above = `${prose(4)}<div><p>Ana R.: Finalmente alguma transparência.</p></div><div><p>Deixe um comentário…</p></div>`;
    const kept = textOf(removeComments(blocksFrom(above), context()));
    expect(kept).not.toMatch(/Ana R\.|Deixe um comentário/);
    expect(kept).toContain('Article paragraph 4');
  });

  it("leaves the story's labelled line above the prompt", () => {
    const html = `${prose(4)}<p>Info: Spenden sind weiterhin über das Pfarrbüro möglich.</p><p>Kommentar schreiben</p>`;
    expect(textOf(removeComments(blocksFrom(html), context()))).toContain('Info: Spenden');
  });
});
