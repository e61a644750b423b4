import { describe, expect, it } from 'vitest';
import { adRule, removeAdRemnants } from '../../../src/extract/clean/ads.js';
import { isCommentsMarker, removeComments } from '../../../src/extract/clean/comments.js';
import { isCookieNotice } from '../../../src/extract/clean/cookie.js';
import { creditRule, removeCredits } from '../../../src/extract/clean/credits.js';
import {
  isNewsletterPrompt,
  isPaywallMeter,
  isSubscriberQuestion,
  removeNewsletterPrompts,
} from '../../../src/extract/clean/newsletter.js';
import { removeTeasers } from '../../../src/extract/clean/related.js';
import { isShareBar, removeShareBars } from '../../../src/extract/clean/share.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('ad remnants', () => {
  it('knows publisher ids and bare ad labels in several languages', () => {
    expect(adRule('pub-260179357044294')).toBe('pattern:ad-id');
    expect(adRule('ca-pub-1234567890')).toBe('pattern:ad-id');
    expect(adRule('div-gpt-ad-1718203345-2')).toBe('pattern:ad-id');
    for (const label of ['Advertisement', 'ANZEIGE', 'Реклама', 'Publicité', 'Publicidad', '广告']) {
      expect(adRule(label)).not.toBeNull();
    }
  });
  it('knows an ad id written with the id word first ("ID annuncio: gzv-ctop-7741")', () => {
    expect(adRule('ID annuncio: gzv-ctop-7741')).toBe('pattern:ad-id');
    expect(adRule('ID ogłoszenia 4471')).toBe('pattern:ad-id');
    expect(adRule('Id annuncio del comune: bando 2024')).toBeNull();
    // With a preposition between ("ID do anúncio", "ID of ad").
    expect(adRule('ID do anúncio: RCF-MID-0288')).toBe('pattern:ad-id');
    expect(adRule('ID de l’annonce: 2291')).toBeNull();
    expect(adRule('ID del anuncio: hp-mrec-7')).toBe('pattern:ad-id');
  });
  it("knows an ad id whose words a CMS field name joins with hyphens ('id-anuncio', 'ad-slot-id')", () => {
    expect(adRule('id-anuncio: dt-rp2-77310')).toBe('pattern:ad-id');
    expect(adRule('ad_slot_id: 7731')).toBe('pattern:ad-id');
    expect(adRule('Anzeige-ID 40112')).toBe('pattern:ad-id');
    // A word that only starts with "id" is no id word.
    expect(adRule('idea-anuncio: 2024')).toBeNull();
  });
  it('knows a label with its note that the story goes on below', () => {
    const html = [
      'Publicité - Poursuivez votre lecture ci-dessous',
      'Advertisement – story below',
      'Publicité : les annonceurs poursuivent leur repli ci-dessous.',
    ]
      .map((t) => `<p>${t}</p>`)
      .join('');
    const kept = removeAdRemnants(blocksFrom(html), context());
    expect(textOf(kept)).toBe('Publicité : les annonceurs poursuivent leur repli ci-dessous.');
  });
  it('keeps sentences about advertising', () => {
    expect(adRule('The advertisement ran in three newspapers before it was withdrawn.')).toBeNull();
    expect(adRule('pub-crawl season starts in May')).toBeNull();
  });
  it('removes them as category ad', () => {
    const ctx = context();
    const kept = removeAdRemnants(blocksFrom('<p>pub-9876543210</p><p>Text stays.</p>'), ctx);
    expect(textOf(kept)).toBe('Text stays.');
    expect(ctx.removals.items[0]?.category).toBe('ad');
  });
});

describe('credits and bylines', () => {
  it('finds a byline and a date written with "de" ("Por Marta Carvalho · 24 de novembro de 2026")', () => {
    expect(creditRule('Por Marta Carvalho · 24 de novembro de 2026')).toBe('pattern:byline');
    expect(creditRule('Miércoles 04 mayo de 2022 | 01:10')).toBe('pattern:date');
    expect(creditRule('24 de novembro de 2026 foi o dia em que a ponte reabriu ao trânsito.')).toBeNull();
  });

  it('finds optimizer credits, photo credits, bylines and datelines', () => {
    expect(creditRule('Optimized by Optimole')).toBe('pattern:optimizer-credit');
    expect(creditRule('Compressed with Pixelsqueeze')).toBe('pattern:optimizer-credit');
    expect(creditRule('Image delivery by Acme CDN')).toBe('pattern:optimizer-credit');
    expect(creditRule('Powered by HubSpot CMS image resizer')).toBe('pattern:optimizer-credit');
    expect(creditRule('Powered by volunteers and a lot of coffee')).toBeNull();
    expect(creditRule('Powered by SmartAsset')).toBe('pattern:optimizer-credit');
    // Written as a sentence: a label the story quotes, not a vendor credit.
    expect(creditRule('Powered by Mobilio.')).toBeNull();
    expect(creditRule('Served with rice and salad')).toBeNull();
    expect(creditRule('Photo: Reuters')).toBe('phrase:photo:');
    expect(creditRule('By Jane Doe and John Smith')).toBe('pattern:byline');
    expect(creditRule('By Maria Gonzales, March 3, 2025')).toBe('pattern:byline');
    expect(creditRule('By Jane Doe · 14.03.2025, 10:15')).toBe('pattern:byline');
    expect(creditRule('Posted on 3 February 2025 by Jonas Berg')).toBe('pattern:dateline');
    expect(creditRule('Фото: ТАСС')).not.toBeNull();
    expect(creditRule('Соломія Гнатів · 22 серпня 2024')).toBe('pattern:byline');
    expect(creditRule('Jane Doe | 3 March 2025')).toBe('pattern:byline');
    expect(
      creditRule(
        '© 2024 The Riverside Gazette. All rights reserved. Reuse of our articles is allowed with a link.',
      ),
    ).toBe('pattern:copyright');
  });
  it('keeps sentences that merely start like a byline', () => {
    expect(creditRule('By 2030, the city wants every bus to run on electricity.')).toBeNull();
    expect(creditRule('By the end of the day, the talks had collapsed.')).toBeNull();
    expect(creditRule('By Friday, March 7, 2025 the Senate must vote.')).toBeNull();
    expect(creditRule('By Monday, Paris had reopened.')).toBeNull();
    expect(creditRule('The council met on Tuesday, 3 March 2025')).toBeNull();
    expect(
      creditRule('Copyright law changes in 2024 worry artists, publishers and the big platforms alike.'),
    ).toBeNull();
  });
  it('removes them as category credit', () => {
    const ctx = context();
    const kept = removeCredits(blocksFrom('<p>Real text.</p><p>Optimized by Optimole</p>'), ctx);
    expect(textOf(kept)).toBe('Real text.');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'credit' });
  });
});

describe('a login line in inclusive French', () => {
  it('reads "Déjà abonné·e ?" as the subscriber question', () => {
    expect(isSubscriberQuestion('Déjà abonné·e ? Se connecter')).toBe(true);
    expect(isSubscriberQuestion('Déjà abonné ? Se connecter')).toBe(true);
  });
  it('reads an account question in Polish and German as the login line', () => {
    expect(isSubscriberQuestion('Masz już konto? Zaloguj się')).toBe(true);
    expect(isSubscriberQuestion('Schon ein Konto? Anmelden')).toBe(true);
  });
});

describe('newsletter prompts', () => {
  it('finds an offer to get the news on LINE, and a subscription that lets the reader read on', () => {
    expect(isShareBar('みなと新報の最新ニュースをLINEで受け取る')).toBe(true);
    expect(
      textOf(
        removeNewsletterPrompts(
          blocksFrom(`${prose(3)}<p>开通潮声Pro，畅读全部深度报道与数据终端</p>`),
          context(),
        ),
      ),
    ).not.toContain('畅读');
    expect(
      textOf(
        removeNewsletterPrompts(blocksFrom(`${prose(3)}<p>地铁4号线今天开通，全程畅通。</p>`), context()),
      ),
    ).toContain('开通');
  });

  it('finds prompts in several languages', () => {
    expect(
      isNewsletterPrompt('Sign up for our weekly newsletter and get the best stories in your inbox.'),
    ).toBe(true);
    expect(isNewsletterPrompt('Abonnieren Sie unseren Newsletter')).toBe(true);
    expect(isNewsletterPrompt('Inscrivez-vous à notre newsletter')).toBe(true);
    expect(isNewsletterPrompt('Подпишитесь на нашу рассылку')).toBe(true);
    expect(isNewsletterPrompt('瀬戸内の朝刊ダイジェストを毎朝7時にメールでお届けします（無料）')).toBe(true);
    expect(
      isNewsletterPrompt('毎朝7時、地域のニュースをメールで。みなと新報メールマガジン（無料）の登録はこちら'),
    ).toBe(true);
    expect(isNewsletterPrompt('Залиште адресу — і щоп’ятниці отримуйте нашу розсилку з найважливішим.')).toBe(
      true,
    );
    expect(isNewsletterPrompt('市は災害情報をメールでお届けする仕組みを来年から始める。')).toBe(false);
    // One newsletter word with a sign-up imperative opening a sentence, or an email named for its day.
    expect(
      isNewsletterPrompt('Apúntate a nuestro boletín y recibe cada viernes lo más importante de la ciudad.'),
    ).toBe(true);
    expect(
      isNewsletterPrompt(
        'Ogni sera alle 19 le notizie della giornata, senza pubblicità: iscriviti alla newsletter gratuita dal menu in alto.',
      ),
    ).toBe(true);
    expect(
      isNewsletterPrompt(
        '📬 Chaque jeudi, notre lettre « Sortir » vous donne les bons plans du week-end. Inscrivez-vous gratuitement',
      ),
    ).toBe(true);
    expect(
      isNewsletterPrompt(
        'Want more from the courthouse? Sign up for Courthouse Notes, our free Friday email on the week’s rulings.',
      ),
    ).toBe(true);
    // "By email" and a sign-up sentence, without the word "newsletter".
    expect(
      isNewsletterPrompt(
        'Get every Ledger investigation by email, free, on Monday mornings. Sign up with the form at the top of this page.',
      ),
    ).toBe(true);
    expect(
      isNewsletterPrompt(
        'Residents were told by email that they could sign up with the county for the new bins.',
      ),
    ).toBe(false);
    expect(
      isNewsletterPrompt(
        'Newsletter „Der Morgen“: jeden Werktag um 6 Uhr im Postfach. Jetzt kostenlos abonnieren',
      ),
    ).toBe(true);
    expect(isNewsletterPrompt('点击右上角“···”，把我们设为星标，新文章推送不再错过。')).toBe(true);
    expect(isNewsletterPrompt('Наш Telegram-канал — новини громади щовечора о 20:00. Приєднатися')).toBe(
      true,
    );
    // Reporting on someone's newsletter: the sign-up verb does not open a sentence.
    expect(
      isNewsletterPrompt(
        'Residents can sign up for the council’s newsletter, which is sent every month, at the library or on the town hall website.',
      ),
    ).toBe(false);
    expect(
      isNewsletterPrompt(
        'Die aktuelle Ausgabe jetzt an jedem Kiosk, im Abo, als E-Paper und in der App erhältlich.',
      ),
    ).toBe(true);
  });
  it("keeps a story's crosshead naming a newsletter and the paragraph under it", () => {
    const html = `${prose(3)}<h2>Newsletter ohne echte Einwilligung</h2><p>Zusätzlich beanstandete die Behörde das Newsletter-Formular. Das Häkchen bei der Einwilligung war bereits gesetzt, und so landeten mehr als 300.000 Adressen im Verteiler, deren Inhaber sich nie angemeldet hatten.</p>${prose(2, 4)}`;
    const text = textOf(removeNewsletterPrompts(blocksFrom(html), context()));
    expect(text).toContain('Newsletter ohne echte Einwilligung');
    expect(text).toContain('Newsletter-Formular');
    // A shorter paragraph under it will do when it names no newsletter (a researcher's figures).
    const zh = `${prose(3)}<h2>业内：订阅模式面临考验</h2><p>中国传媒大学一位研究人员指出，会员收入已占主要平台营收的一半以上，但用户增长放缓。</p>`;
    expect(textOf(removeNewsletterPrompts(blocksFrom(zh), context()))).toContain('业内：订阅模式面临考验');
    const box = `${prose(3)}<h3>Der Newsletter</h3><p>Jeden Freitag in Ihr Postfach.</p>`;
    expect(textOf(removeNewsletterPrompts(blocksFrom(box), context()))).not.toContain('Der Newsletter');
  });

  it("takes a box's lines one after another from its prompt, down to the form's privacy note", () => {
    const box = `<p>Sign up to Morning Tide</p><p>Free daily newsletter</p>
      <p>Our editors’ pick of the day’s essential stories, in your inbox before 7am</p>
      <p>Privacy Notice: Newsletters may contain information about our partners, online ads and content funded by outside parties.</p>`;
    const text = textOf(removeNewsletterPrompts(blocksFrom(`${prose(2)}${box}${prose(2, 3)}`), context()));
    expect(text).not.toMatch(/Morning Tide|editors’ pick|Privacy Notice/);
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it('reads a signup box’s small print (unsubscribe any time, no spam) as a newsletter phrase', () => {
    expect(
      isNewsletterPrompt('Get the Thursday farm report in your inbox. Free, no spam, unsubscribe anytime.'),
    ).toBe(true);
    expect(
      isNewsletterPrompt('Jeden Freitag die Woche im Überblick, kein Spam, Abmeldung jederzeit möglich.'),
    ).toBe(true);
    expect(
      isNewsletterPrompt('The agency said the filter blocked no spam at all during the outage in March.'),
    ).toBe(false);
  });

  it("finds a login box's question on the reader's subscription, not a story's question", () => {
    for (const line of [
      'Noch kein Abo? Hier geht es zu den Tarifen. Bereits dabei? Anmelden',
      'Déjà abonné ? Connectez-vous',
      '¿Ya eres suscriptor? Inicia sesión',
      'Already a subscriber? Log in',
      'Already have an account? Sign in',
      'Sie sind bereits registriert?',
      'Вже є підписка? Увійти',
      'Already a supporter? Sign in',
      'Hai già un abbonamento? Accedi.',
      'Heeft u al een abonnement? Log in',
      'Masz już prenumeratę? Zaloguj się',
    ]) {
      expect(isSubscriberQuestion(line), line).toBe(true);
    }
    expect(
      isSubscriberQuestion(
        'Is he already a member? The club would not say, and the mayor declined to comment.',
      ),
    ).toBe(false);
    expect(isSubscriberQuestion('„Noch kein Abo?“, fragte der Verleger in seiner Rede.')).toBe(false);
  });

  it('reads "never miss" and "order free" as newsletter phrases, which prose does not pair', () => {
    expect(
      isNewsletterPrompt(
        'Kein Termin aus der Region mehr verpassen: Der Newsletter „Lausitz am Morgen“ kommt werktags um 6 Uhr. Hier kostenlos bestellen',
      ),
    ).toBe(true);
    expect(isNewsletterPrompt('Ne ratez plus rien : notre lettre du matin, chaque jour à 7 h.')).toBe(true);
    expect(
      isNewsletterPrompt('Підписуйтесь на наш Viber-канал, щоб першими дізнаватися новини громад.'),
    ).toBe(true);
    expect(isNewsletterPrompt('关注“东江晨报”微信公众号，第一时间获取本地权威资讯')).toBe(true);
    expect(isNewsletterPrompt('新しい調査記事の公開をメールでお知らせします。無料ニュースレターに登録')).toBe(
      true,
    );
    expect(isNewsletterPrompt('📲 关注晨光报WhatsApp频道，第一时间接收灾情快讯。')).toBe(true);
    expect(
      isNewsletterPrompt(
        'Blaulicht-Newsletter: Polizei- und Gerichtsmeldungen aus der Region jeden Freitag kostenlos ins Postfach. Hier anmelden.',
      ),
    ).toBe(true);
    expect(
      isNewsletterPrompt(
        'Wer den letzten Bus um 23 Uhr verpasst, muss seit Mai auf das Ruftaxi warten, sagte der Ortsvorsteher.',
      ),
    ).toBe(false);
  });

  it('keeps a Chinese or Japanese headline on a paper’s subscribers, and still finds the prompt', () => {
    expect(isNewsletterPrompt('会津日日新聞が紙面を休刊へ 購読者2800部まで減少')).toBe(false);
    expect(isNewsletterPrompt('报纸停印纸质版，订阅者降至三千')).toBe(false);
    expect(isNewsletterPrompt('メールマガジンを購読する')).toBe(true);
  });

  it('keeps a longer sentence reporting on a newsletter, which does not address the reader', () => {
    expect(
      isNewsletterPrompt(
        'Der Newsletter der Tafel, den rund 900 Unterstützer per E-Mail abonniert haben, kündigt die Ausgabetage an.',
      ),
    ).toBe(false);
    expect(
      isNewsletterPrompt(
        'Melden Sie sich für den Newsletter an und erhalten Sie die wichtigsten Nachrichten jeden Morgen per E-Mail.',
      ),
    ).toBe(true);
  });
  it('keeps article sentences that mention a newsletter once', () => {
    expect(
      isNewsletterPrompt(
        'The company’s internal newsletter, which was leaked to reporters last week, described the layoffs as a restructuring that would affect about 400 jobs.',
      ),
    ).toBe(false);
  });
});

describe('newsletter boxes', () => {
  it('takes the short blurb next to a prompt, which alone would be too long to count', () => {
    const ctx = context();
    const kept = removeNewsletterPrompts(
      blocksFrom(
        `${prose(2)}<h3>Subscribe to our newsletter</h3><p>Every morning the most important stories of the day, chosen by our editors and delivered straight to your inbox.</p>${prose(1, 3)}`,
      ),
      ctx,
    );
    expect(textOf(kept).split('\n\n')).toHaveLength(3);
    expect(ctx.removals.items.map((r) => r.category)).toEqual(['newsletter', 'newsletter']);
  });

  it("reads a newsletter's day as a weak hit: with a sign-up line, or as a blurb beside a prompt", () => {
    // Its day and one sign-up word, speaking to the reader.
    expect(
      isNewsletterPrompt(
        'Ricevi «Cronaca nera» ogni giovedì: tre storie, due documenti, nessuna pubblicità. Iscriviti qui sotto.',
      ),
    ).toBe(true);
    expect(isNewsletterPrompt('Наш Telegram: «Город сегодня» — новости раньше всех')).toBe(true);
    // In a story about newsletters or the press, a paragraph reporting a paper's newsletter stays
    // unless it speaks to the reader.
    const reported =
      '地元紙はすでに平日の朝にメールマガジンを配信しており、登録者は約5千人。今後はメルマガから有料購読への誘導を進める方針だ。';
    expect(isNewsletterPrompt(reported, false)).toBe(true);
    expect(isNewsletterPrompt(reported, true)).toBe(false);
    // Every week or two.
    expect(
      isNewsletterPrompt(
        'Meld je aan voor de nieuwsbrief Stadsblad Scholen: elke twee weken het belangrijkste over de Utrechtse scholen.',
      ),
    ).toBe(true);
    // A Japanese day and a sign-up call after an arrow.
    expect(isNewsletterPrompt('毎週月曜、今週の港町ニュースをメールでお届けします → 無料で登録')).toBe(true);
    const ctx = context();
    const story =
      'The mill will open to visitors every Saturday from May, and its shop will sell flour ground on the spot by the volunteers.';
    const kept = removeNewsletterPrompts(
      blocksFrom(
        `${prose(2)}<p>${story}</p><h3>Sign up for our newsletter</h3><p>Local news for Millbrook, every Monday.</p>${prose(1, 3)}`,
      ),
      ctx,
    );
    // The blurb goes with the prompt; the story's paragraph beside it stays.
    expect(textOf(kept)).toContain(story);
    expect(textOf(kept)).not.toContain('every Monday');
  });

  it("takes a paywall's offer to read on, and keeps a story on what a paper's subscribers get", async () => {
    const { isSubscriptionOffer } = await import('../../../src/extract/clean/newsletter.js');
    for (const line of [
      'Wil je blijven lezen over wat er in jouw regio speelt? Neem een digitaal abonnement en lees onbeperkt alle artikelen.',
      'デジタル会員になると、すべての記事が読めるほか、防災情報をメールでお知らせします。',
      '有料会員になると会員限定の有料記事もお読みいただけます。',
      'Subscribe today for unlimited access to all our reporting.',
      'Cet article vous est offert. Pour soutenir une information indépendante et lire tous nos contenus, abonnez-vous : 1 € le premier mois.',
      'Onbeperkt toegang tot al het nieuws uit Drenthe? Neem nu een digitaal abonnement, de eerste drie maanden voor € 1 per week.',
    ]) {
      expect(isSubscriptionOffer(line), line).toBe(true);
    }
    expect(
      isSubscriptionOffer(
        'Subscribers of the Courier get unlimited access for 9 euros a month, the publisher said.',
      ),
    ).toBe(false);
    expect(isSubscriptionOffer('無料会員登録をすると月5本まで記事が読める仕組みも導入した。')).toBe(false);
    expect(
      isSubscriptionOffer('Abonnenten lesen alle Artikel ohne Limit, teilte der Verlag am Montag mit.'),
    ).toBe(false);
  });

  it("takes a signup box's blurb that names the letter's day in the plural", () => {
    for (const [prompt, blurb] of [
      ['Receba o Minhoto no seu email', 'Uma seleção das notícias do Alto Minho, todas as sextas-feiras.'],
      ['Inscrivez-vous à notre newsletter', 'Le meilleur de la semaine, tous les vendredis.'],
      ['Подпишитесь на нашу рассылку', 'Главное за неделю — по пятницам.'],
    ]) {
      const kept = textOf(
        removeNewsletterPrompts(blocksFrom(`${prose(2)}<h3>${prompt}</h3><p>${blurb}</p>`), context()),
      );
      expect(kept, blurb).not.toContain(blurb);
      expect(kept).toContain('Article paragraph 2');
    }
  });

  it('leaves an article paragraph next to a prompt that has no newsletter words', () => {
    const kept = removeNewsletterPrompts(
      blocksFrom(`<p>Sign up for our newsletter</p>${prose(1)}`),
      context(),
    );
    expect(textOf(kept)).toContain('Article paragraph 1');
  });

  it('keeps an interview question about a newsletter when the headline names one', () => {
    const html = `<p>Perché una newsletter e non un sito?</p>${prose(2)}<p>Iscriviti alla newsletter del venerdì</p>`;
    const headline = 'Chiara Venturi: «Ho lasciato il giornale per una newsletter»';
    const kept = textOf(removeNewsletterPrompts(blocksFrom(html), { ...context(), headline }));
    expect(kept).toContain('Perché una newsletter e non un sito?');
    expect(kept).not.toContain('Iscriviti alla newsletter');
    expect(textOf(removeNewsletterPrompts(blocksFrom(html), context()))).not.toContain(
      'Perché una newsletter',
    );
  });
});

describe('share bars', () => {
  it('finds share prompts and bare network lists', () => {
    expect(isShareBar('Share this article')).toBe(true);
    expect(isShareBar('Facebook Twitter WhatsApp Email')).toBe(true);
    expect(isShareBar('Поделиться')).toBe(true);
    // A network named in Cyrillic: a follow prompt (\b saw no word edge beside Cyrillic letters).
    expect(isShareBar('Следите за нами во ВКонтакте')).toBe(true);
    expect(isShareBar('この記事を共有')).toBe(true);
  });
  it('finds a share verb with a few words before the network names ("Share The Copper Valley Dispatch X WhatsApp")', () => {
    expect(isShareBar('Share The Copper Valley Dispatch X WhatsApp Telegram')).toBe(true);
    expect(isShareBar('Share X WhatsApp Telegram')).toBe(true);
    expect(isShareBar('Share prices fell on Facebook and Twitter')).toBe(false);
  });

  it('finds buttons to share on a network, pin the story or mail it to a friend', () => {
    expect(isShareBar('Deel op Facebook Pin it Mail een vriend')).toBe(true);
    expect(isShareBar('Invia a un amico')).toBe(true);
    expect(isShareBar('Pin it')).toBe(true);
    expect(isShareBar('VK Telegram WhatsApp ОК')).toBe(true);
    expect(isShareBar('LinkedIn Xing E-Mail')).toBe(true);
    expect(isShareBar('Compartí esta nota')).toBe(true);
  });
  it("keeps a source quoted asking to follow them, and takes the outlet's own follow prompt", () => {
    expect(
      isShareBar(
        'Редактор говорит, что сайт продолжит работу. «Подписывайтесь на нас в Telegram, если газета закроется», — добавила она.',
      ),
    ).toBe(false);
    expect(isShareBar('Подписывайтесь на нас в Telegram')).toBe(true);
  });
  it('takes an offer of the news by a messenger ("Vuoi ricevere … Scrivici su WhatsApp")', () => {
    expect(
      isShareBar(
        'Vuoi ricevere ogni mattina le notizie del territorio? Scrivici su WhatsApp al 348 000 0000.',
      ),
    ).toBe(true);
    expect(isShareBar('Schreiben Sie uns auf Telegram, wenn Sie Hinweise haben')).toBe(true);
    expect(isShareBar('Vuoi ricevere le notizie? Iscriviti alla newsletter.')).toBe(false);
  });
  it('keeps prose about sharing', () => {
    expect(
      isShareBar(
        'Farmers agreed to share the water from the reservoir equally during the drought this summer.',
      ),
    ).toBe(false);
  });
  it('finds a network named inside Japanese text', () => {
    expect(isShareBar('県内のスポーツニュースをLINEでも配信中。友だち追加はこちら')).toBe(true);
    expect(isShareBar('Follow the line of the old city wall to reach the harbour.')).toBe(false);
  });
  it('takes share buttons set one per block, after a label or beside each other', () => {
    const ctx = context();
    const html = `${prose(2)}<p>Partilhar</p><p>Facebook</p><p>WhatsApp</p><p>E-mail</p>${prose(1, 3)}`;
    const kept = textOf(removeShareBars(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/Partilhar|Facebook|WhatsApp|E-mail/);
    expect(kept).toContain('Article paragraph 3');
    // One network named alone among the story's paragraphs is a word of the story.
    expect(
      textOf(removeShareBars(blocksFrom(`${prose(1)}<p>Telegram</p>${prose(1, 2)}`), context())),
    ).toContain('Telegram');
  });
  it("knows Japan's and China's share services as buttons ('はてなブックマーク', '豆瓣')", () => {
    for (const html of [
      '<p>この記事をシェアする</p><p>X</p><p>LINE</p><p>はてなブックマーク</p>',
      '<p>分享到</p><p>微信</p><p>豆瓣</p>',
    ]) {
      const kept = textOf(removeShareBars(blocksFrom(`${prose(2)}${html}`), context()));
      expect(kept, html).not.toMatch(/はてなブックマーク|豆瓣/);
      expect(kept).toContain('Article paragraph 2');
    }
  });
  it('reads share words whole, not as the stem of a compound', () => {
    expect(isShareBar('Artikel teilen')).toBe(true);
    expect(isShareBar('• Gesamt- und Teilenergiezähler (rücksetzbar)')).toBe(false);
  });
});

describe('cookie notices', () => {
  it('needs cookies plus a consent word', () => {
    expect(
      isCookieNotice('We use cookies to improve your experience. Accept all or read our privacy policy.'),
    ).toBe(true);
    expect(isCookieNotice('The bakery sold 400 cookies on Saturday.')).toBe(false);
    // The consent framework's "we and our partners", with no cookie word; not a story's partners.
    expect(
      isCookieNotice(
        'Wir und unsere Partner verarbeiten personenbezogene Daten. Sie können Ihre Einwilligung jederzeit widerrufen.',
      ),
    ).toBe(true);
    expect(isCookieNotice('Wir und unsere Partner haben das Dorffest seit 2010 gemeinsam organisiert.')).toBe(
      false,
    );
    // Polish "ciasteczek" (genitive plural) puts an e before the stem's k.
    expect(
      isCookieNotice('Ta strona korzysta z ciasteczek, aby świadczyć usługi na najwyższym poziomie.'),
    ).toBe(true);
  });

  it('finds ad ids with their copy or a creative number, and credits set on one line', () => {
    expect(adRule('ID reklamy 3097 · Pizzeria Bulwar – zamów przez telefon')).toBe('pattern:ad-id');
    expect(adRule('adunit /2218/middenland/verhalen/mid · creative 8830417')).toBe('pattern:ad-id');
    const long = Array.from({ length: 8 }, () => 'the council met again on Tuesday').join(' ');
    expect(adRule(`ID reklamy 3097 · ${long}`)).toBeNull();
    expect(
      creditRule('Immagini ottimizzate con Optimole · Foto di copertina: archivio Il Sottosuolo'),
    ).not.toBeNull();
    expect(creditRule('Immagini ottimizzate con Optimole · La giunta ha approvato il bilancio')).toBeNull();
  });

  it('reads reading on as consent ("Ao continuar navegando, você concorda")', () => {
    expect(isCookieNotice('Usamos cookies. Ao continuar navegando, você concorda com isso.')).toBe(true);
    expect(isCookieNotice('Мы используем файлы cookie. Продолжая читать, вы соглашаетесь с этим.')).toBe(
      true,
    );
    expect(isCookieNotice('By continuing the bake sale, the school sold 400 cookies.')).toBe(false);
  });

  it('reads a notice that sets only the necessary cookies, or names the browsing experience', () => {
    for (const line of [
      'Diese Seite nutzt nur technisch notwendige Cookies.',
      'Usiamo i cookie per offrirti una migliore esperienza di navigazione.',
      'This site only sets strictly necessary cookies.',
      'Utilizamos cookies técnicas para el funcionamiento del sitio.',
    ]) {
      expect(isCookieNotice(line), line).toBe(true);
    }
    expect(isCookieNotice('Grandma’s oatmeal cookies were the best experience of the fair.')).toBe(false);
  });

  it('also takes what the cookies are for or the settings of the notice, in several languages', () => {
    expect(
      isCookieNotice(
        'Diese Website setzt Cookies ein, um die Reichweite zu messen. Das lässt sich in den Einstellungen ändern.',
      ),
    ).toBe(true);
    expect(isCookieNotice('Usamos cookies para analizar el tráfico y ofrecerte anuncios adaptados.')).toBe(
      true,
    );
    expect(isCookieNotice('Utilizziamo i cookie per personalizzare contenuti e annunci.')).toBe(true);
  });

  it('keeps a paragraph explaining to the reader how ads find them, which names cookies in passing', () => {
    const para =
      'Het begint met een veiling. Zodra u een pagina opent, stuurt uw browser een verzoek naar een advertentieserver. Die biedt de plek binnen 120 milliseconden aan tientallen partijen aan, samen met wat gegevens: welk apparaat u gebruikt en – als u cookies hebt geaccepteerd – in welke segmenten u valt.';
    expect(isCookieNotice(para)).toBe(false);
    expect(
      isCookieNotice(
        'Wij gebruiken cookies om de website te verbeteren en advertenties te tonen. Klik op accepteren om akkoord te gaan, of wijzig uw voorkeuren in de instellingen.',
      ),
    ).toBe(true);
  });

  it('keeps an article about ad cookies: purpose words count only when the headline does not name cookies', () => {
    const line = 'The regulator said advertising cookies had been used to profile readers across sites.';
    expect(isCookieNotice(line, 'Regulator fines publisher over tracking cookies')).toBe(false);
    expect(isCookieNotice(line, 'Council approves new bus lanes')).toBe(true);
  });
});

describe("cookie notices in the site's own voice", () => {
  it('take a site saying it uses cookies, short or over a line, with no consent word or "you"', () => {
    for (const line of [
      'Deze website gebruikt cookies om het gebruik te analyseren.',
      'Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti. Chiudendo il banner acconsenti all’uso dei soli cookie tecnici.',
      'Utilizamos cookies para melhorar a sua experiência e para fins estatísticos e publicitários. Ao continuar a navegar, aceita a sua utilização.',
      '当サイトでは、利便性向上と広告配信のためにCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。',
    ]) {
      expect(isCookieNotice(line), line).toBe(true);
    }
  });

  it("keeps a report quoting such a notice in a story about cookies, and other sites' cookies", () => {
    expect(
      isCookieNotice(
        'Deze website gebruikt cookies om het gebruik te analyseren.',
        'Toezichthouder beboet sites om cookies',
      ),
    ).toBe(false);
    expect(
      isCookieNotice(
        'Zes webwinkels gebruikten cookies om het gedrag van bezoekers te volgen, ook als die op weigeren hadden geklikt, stelde de toezichthouder vast na een onderzoek van twee jaar.',
      ),
    ).toBe(false);
  });
});

describe('cookie notices beyond a line', () => {
  it('must speak to the reader; a paragraph reporting on cookie banners stays', () => {
    expect(
      isCookieNotice(
        'Die Datenschutzbehörde verhängte Bußgelder gegen sechs Händler, deren Cookie-Banner die Nutzer zur Einwilligung in das Tracking drängten, ohne eine ebenso einfache Möglichkeit zur Ablehnung anzubieten.',
      ),
    ).toBe(false);
    expect(
      isCookieNotice(
        'Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe zu analysieren. Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu; Ihre Einwilligung können Sie jederzeit widerrufen.',
      ),
    ).toBe(true);
  });
});

describe('teasers', () => {
  it('removes read-more lines and link-only paragraphs, keeps prose with links', () => {
    const ctx = context();
    const kept = removeTeasers(
      blocksFrom(
        `${prose(1)}<p>Read more: <a href="/x">Council delays vote</a></p><p><a href="/y">Storm hits the coast</a></p>
        <p>The mayor, quoted in <a href="/z">an interview</a>, said the plan would go ahead despite the protests.</p>`,
      ),
      ctx,
    );
    const text = textOf(kept);
    expect(text).toContain('Article paragraph 1');
    expect(text).toContain('The mayor, quoted in an interview');
    expect(text).not.toMatch(/Read more|Storm hits/);
    expect(ctx.removals.items.map((r) => r.category)).toEqual(['related', 'related']);
  });
  it('removes a "Most read" heading with the link list under it', () => {
    const ctx = context();
    const kept = removeTeasers(
      blocksFrom(
        `${prose(2)}<h3>Most read</h3><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>`,
      ),
      ctx,
    );
    expect(textOf(kept)).not.toMatch(/Most read|One|Two/);
  });
});

describe('comment sections', () => {
  it('recognises comment headings', () => {
    expect(isCommentsMarker('3 Comments')).toBe(true);
    expect(isCommentsMarker('Leave a Reply')).toBe(true);
    expect(isCommentsMarker('Kommentare')).toBe(true);
  });
  it('cuts the article at a late comments heading', () => {
    const ctx = context();
    const kept = removeComments(
      blocksFrom(`${prose(4)}<h3>2 Comments</h3><p>Great story!</p><p>Agreed.</p>`),
      ctx,
    );
    expect(textOf(kept)).not.toMatch(/Comments|Great story|Agreed/);
    expect(ctx.removals.items[0]?.category).toBe('comments');
  });
  it('recognises who may comment as the section’s marker', () => {
    for (const line of [
      'Коментувати можуть лише зареєстровані користувачі.',
      'Only registered users can comment on this article.',
      'Komentować mogą tylko zalogowani czytelnicy.',
    ]) {
      expect(isCommentsMarker(line), line).toBe(true);
    }
  });
  it('does not cut at an early mention', () => {
    const kept = removeComments(blocksFrom(`<h2>Comments</h2>${prose(4)}`), context());
    expect(textOf(kept)).toContain('Article paragraph 4');
  });
  it('knows a bare section label only as the whole block', () => {
    for (const label of ['Kommentare', 'Réagir', 'Комментарии', '评论', 'コメント', 'Comments:']) {
      expect(isCommentsMarker(label)).toBe(true);
    }
    for (const reporting of [
      'Die Polizei wollte die Zahlen nicht kommentieren.',
      "Le maire n'a pas souhaité réagir.",
      'El ayuntamiento no hizo comentarios.',
      '市政府拒绝评论。',
      '同社はコメントを控えた。',
      'Kommentare aus der Opposition',
    ]) {
      expect(isCommentsMarker(reporting)).toBe(false);
    }
  });
  it('takes a bare label for the comments only at the end or with a prompt or count after it', () => {
    const crosshead = removeComments(
      blocksFrom(
        `${prose(4)}<h2>Reacties</h2><p>De actie ging rond op sociale media.</p><p>De contributie blijft 25 euro.</p>`,
      ),
      context(),
    );
    expect(textOf(crosshead)).toContain('De contributie blijft 25 euro.');
    const section = removeComments(
      blocksFrom(`${prose(4)}<h2>Kommentare</h2><p>Kommentar schreiben</p><p>Toller Artikel!</p>`),
      context(),
    );
    expect(textOf(section)).not.toMatch(/Kommentar|Toller/);
    const last = removeComments(blocksFrom(`${prose(4)}<h3>Comments</h3>`), context());
    expect(textOf(last)).not.toContain('Comments');
  });
  it('keeps the rest of the article after a late "declined to comment" line', () => {
    const kept = removeComments(
      blocksFrom(
        `${prose(4)}<p>Die Polizei wollte die Zahlen nicht kommentieren.</p><p>Der Stadtrat stimmt im Oktober ab.</p>`,
      ),
      context(),
    );
    expect(textOf(kept)).toContain('Der Stadtrat stimmt im Oktober ab.');
  });
});

describe('cookie notices in a story about cookies', () => {
  it('keeps a paragraph quoting a banner’s words when the headline names cookies', () => {
    const line =
      'Selon la délibération, le bandeau indiquait : « Nous et nos partenaires utilisons des cookies pour mesurer l’audience. En cliquant sur “Tout accepter”, vous consentez à leur dépôt. » Refuser supposait d’ouvrir un menu.';
    expect(isCookieNotice(line, 'Cookies : la CNIL inflige une amende pour un bandeau trompeur')).toBe(false);
    expect(
      isCookieNotice(
        'Nous utilisons des cookies. Tout accepter · Paramètres',
        'Cookies : la CNIL inflige une amende',
      ),
    ).toBe(true);
  });
});

describe('share labels', () => {
  it('knows the European Portuguese "Partilhe"', () => {
    expect(isShareBar('Partilhe este artigo:')).toBe(true);
  });
});

describe('WeChat follow prompts', () => {
  it('takes "long-press to scan and follow" and keeps a story citing an official account', () => {
    expect(isShareBar('长按识别下方二维码，关注“青溪日报”微信公众号，获取更多本地资讯')).toBe(true);
    expect(isShareBar('据微信公众号“青溪发布”消息，大桥将于下周一恢复通行。')).toBe(false);
  });
});

describe('channel prompts, podcast promos and meters counting what is left', () => {
  it('takes them and keeps sentences that only mention the words', () => {
    expect(
      isShareBar('Entre no canal da Folha do Vale no WhatsApp e receba os alertas em primeira mão.'),
    ).toBe(true);
    expect(isShareBar('Новости Заречного первыми — в нашем Telegram-канале.')).toBe(true);
    expect(isPaywallMeter('Te quedan 3 artículos gratuitos este mes.')).toBe(true);
    expect(isPaywallMeter('Te quedan 3 días para votar, recordó la alcaldesa.')).toBe(false);
  });
});

describe('credits in Chinese and Japanese', () => {
  it('take a label and names, not a sentence that opens with the word for reporter', () => {
    expect(creditRule('记者 张三 李四 摄')).not.toBeNull();
    expect(creditRule('记者联系了本市12位开通付费功能的公众号作者，他们的经历差别很大。')).toBeNull();
  });
});

describe('Turkish and Czech page furniture', () => {
  it('knows newsletter prompts, and keeps a report that names a bulletin', () => {
    for (const line of [
      'Gündemi kaçırmayın: bültenimize ücretsiz abone olun.',
      'Her sabah en önemli haberler e-postanızda.',
      'Nechcete přijít o důležité zprávy? Přihlaste se k odběru newsletteru.',
      'Novinky každý pátek do vaší schránky.',
    ]) {
      expect(isNewsletterPrompt(line), line).toBe(true);
    }
    expect(isNewsletterPrompt('Bakan, açıklamayı akşam haber bülteninde yaptı.')).toBe(false);
    expect(isNewsletterPrompt('Odběr vody z řeky hasiči omezili.')).toBe(false);
  });

  it('knows share bars and ad labels', () => {
    expect(isShareBar('Paylaş: Facebook X WhatsApp')).toBe(true);
    expect(isShareBar('Sdílet')).toBe(true);
    expect(isShareBar('Kopírovat odkaz')).toBe(true);
    for (const label of ['Reklam', 'Sponsorlu içerik', 'Inzerce', 'Komerční sdělení']) {
      expect(adRule(label), label).not.toBeNull();
    }
  });

  it('knows cookie notices in Turkish and Czech', () => {
    expect(isCookieNotice('Sitemizde çerezler kullanılmaktadır. Tümünü kabul et')).toBe(true);
    expect(isCookieNotice('Tento web používá soubory cookies. Přijmout vše')).toBe(true);
  });

  it('knows comment prompts and photo credits, not a report that someone declined to comment', () => {
    expect(isCommentsMarker('Yorumunuzu yazın')).toBe(true);
    expect(isCommentsMarker('Přidat komentář')).toBe(true);
    expect(isCommentsMarker('Şirket konuyla ilgili yorum yapmadı.')).toBe(false);
    expect(creditRule('Fotoğraf: Ayşe Demir')).not.toBeNull();
    expect(creditRule('Foto: Jan Novák')).not.toBeNull();
  });

  it('removes "İlginizi çekebilir" and "Čtěte také" teasers with a capital İ kept as typed', () => {
    const ctx = context();
    const kept = removeTeasers(
      blocksFrom(
        `${prose(2)}<p>İlginizi çekebilir: <a href="/a">Barajlarda son durum</a></p><p>Čtěte také: <a href="/b">Povodně na jihu</a></p>`,
      ),
      ctx,
    );
    expect(textOf(kept)).not.toMatch(/İlginizi|Čtěte také/);
    expect(textOf(kept)).toContain('Article paragraph 2');
  });
});

describe("a sign-up box's button line", () => {
  it('goes with the prompt it closes, in the same container', () => {
    for (const [prompt, button] of [
      ['Zapisz się na newsletter „Tydzień w sądach”. Wysyłamy w każdą niedzielę.', 'Zapisz mnie'],
      ['Ontvang onze nieuwsbrief', 'Aanmelden'],
    ]) {
      const ctx = context();
      const html = `${prose(3)}<div><p>${prompt}</p><p>${button}</p></div>`;
      const kept = textOf(removeNewsletterPrompts(blocksFrom(html), ctx));
      expect(kept, button).not.toContain(button!);
      expect(kept).toContain('Article paragraph 3');
    }
  });

  it("keeps a crosshead after the prompt that opens the story's next section", () => {
    const html = `<div>${prose(2)}<p>Ontvang onze nieuwsbrief</p><p>De nieuwe wijk</p>${prose(2, 3)}</div>`;
    expect(textOf(removeNewsletterPrompts(blocksFrom(html), context()))).toContain('De nieuwe wijk');
  });
});

describe('a share label with its buttons as one-letter icons', () => {
  it('goes though the icons run into it, and a label with real words stays', () => {
    const bar = `${prose(3)}<div><span>Diesen Artikel teilen</span><a href="#" aria-label="fb">f</a><a href="#" aria-label="x">x</a><a href="#" aria-label="tg">t</a></div>${prose(1, 4)}`;
    const kept = textOf(removeShareBars(blocksFrom(bar), context()));
    expect(kept).not.toContain('teilen');
    expect(kept).toContain('Article paragraph 4');
    const lines = `${prose(3)}<p>Die Linien <a href="#">U1</a> und <a href="#">U2</a> fahren ab Montag wieder.</p>`;
    expect(textOf(removeShareBars(blocksFrom(lines), context()))).toContain('fahren ab Montag');
  });
});
