/**
 * Appeals placed inside an article as plain paragraphs, worded as membership or support rather
 * than "donate": a short opener that stops the reader, a paragraph in which the outlet says who
 * pays for its work, a call to join, and a plain-text address ("Join: paper.example/members").
 * Lower-case, matched where a word starts, added to the cue kinds of `donation.ts`: none of them
 * removes anything alone, a run still needs a direct ask and cues of two kinds.
 */
import type { AppealPhrases } from './donation.js';

/**
 * Per language: `ask` holds openers addressed to the reader and calls to join in the imperative
 * or the second person; `appeal` the outlet speaking of who pays for its work; `action` the labels
 * of a join button or a plain address line ("Adhérer :", "Долучитися:").
 */
export const MEMBERSHIP_PHRASES: Readonly<Record<string, Omit<AppealPhrases, 'payment'>>> = {
  en: {
    ask: [
      ...['before you carry on', 'before you keep reading', 'before you scroll on', 'a note to our readers'],
      ...[
        'a word to our readers',
        'a message to our readers',
        'a letter from the newsroom',
        'can you chip in',
      ],
      ...['chip in whatever', 'chip in what you can', 'back us', 'become a friend of', 'become one of our'],
    ],
    appeal: [
      ...['no advertisers', 'no shareholders', 'no corporate owner', 'paid for by readers', 'mostly readers'],
      ...['paid for by our readers', 'stories like this', 'a story like this', 'this story took'],
      ...['keeps a reporter', 'keep a reporter', 'our members'],
    ],
    action: ['back us', 'join us', 'join today', 'become a member'],
  },
  de: {
    ask: [
      ...[
        'bevor sie weiterlesen',
        'ein wort an unsere leser',
        'eine bitte an unsere leser',
        'post von der redaktion',
      ],
      ...['ein brief der redaktion', 'werden sie förderer', 'werden sie förderin', 'förderin oder förderer'],
      ...['förderer werden', 'werde förderer'],
    ],
    appeal: [
      ...['recherchen wie diese', 'berichte wie diesen', 'außer uns', 'keine anzeigenkunden', 'kein verlag'],
      ...[
        'keinen konzern',
        'finanziert recherchen',
        'finanzieren uns',
        'unsere mitglieder',
        'einen unterschied',
      ],
    ],
    action: ['jetzt mitglied', 'mitglied werden', 'förderer werden', 'jetzt fördern'],
  },
  fr: {
    ask: [
      ...['avant de poursuivre votre lecture', 'un mot avant de', 'un mot à nos lecteurs'],
      ...['un message à nos lecteurs'],
      ...['une lettre de la rédaction', 'devenez adhérent', 'devenez adhérente', 'devenez membre'],
      ...['rejoignez-nous', 'adhérez'],
    ],
    appeal: [
      ...["pas d'actionnaire", 'pas d’actionnaire', 'sans actionnaire', 'ni par un groupe', 'nos lecteurs'],
      ...['nos lectrices', 'nos adhérents', 'besoin de ses lecteurs', 'besoin de ses lectrices'],
      ...["qui paie l'information", 'qui paie l’information', 'qui finance l’information'],
    ],
    action: ['adhérer', 'devenir adhérent', 'devenir membre', 'rejoindre', 'rejoignez'],
  },
  es: {
    ask: [
      ...['antes de seguir leyendo', 'un mensaje de la redacción', 'una carta de la redacción', 'únete a'],
      ...['hazte socia', 'súmate', 'forma parte de nuestra comunidad', 'apóyanos'],
    ],
    appeal: [
      ...['sin anunciantes', 'alguien pagó', 'nuestros lectores', 'nuestras lectoras', 'nuestros socios'],
      ...['información como esta', 'historias como esta', 'parte de la comunidad'],
    ],
    action: ['únete', 'hazte', 'súmate', 'apóyanos'],
  },
  it: {
    ask: [
      ...['ti chiediamo un momento', 'un momento di attenzione', 'prima di proseguire la lettura'],
      ...['diventa sostenitore'],
      ...['diventa sostenitrice', 'unisciti a noi', 'unisciti alla'],
    ],
    appeal: [
      ...[
        'editori alle spalle',
        'nessun editore',
        'vive grazie a chi',
        'grazie ai lettori',
        'dei suoi lettori',
      ],
      ...['come tutti quelli che pubblichiamo', 'un giornale libero', 'senza pubblicità', 'restare liberi'],
    ],
    action: ['unisciti', 'diventa socio', 'diventa sostenitore', 'sostienici'],
  },
  pt: {
    ask: [
      ...['gostou deste artigo', 'antes de continuar a ler', 'torne-se membro'],
      ...['torne-se assinante', 'junte-se a', 'seja membro', 'seja sócio'],
    ],
    appeal: [
      ...['quem nos lê', 'nossos leitores', 'nossas leitoras', 'sem anunciantes', 'horas de reportagem'],
      ...['cada contribuição'],
    ],
    action: ['torne-se', 'junte-se', 'seja sócio', 'seja membro'],
  },
  ru: {
    ask: [
      ...['прежде чем читать дальше', 'письмо редакции', 'слово редакции', 'станьте другом'],
      ...['станьте членом', 'вступайте', 'присоединяйтесь'],
    ],
    appeal: [
      ...[
        'от редакции',
        'наших читателей',
        'нет инвесторов',
        'без инвесторов',
        'нет спонсоров',
        'независимая газета',
      ],
      ...['независимую газету', 'независимой газеты', 'благодаря читателям'],
    ],
    action: ['стать другом', 'вступить', 'присоединиться'],
  },
  uk: {
    ask: [
      ...['перш ніж читати далі', 'станьте другом', 'станьте членом', 'приєднуйтеся'],
      ...['приєднуйтесь', 'кола друзів'],
    ],
    appeal: [
      'від редакції',
      'цей матеріал ми',
      'наших читачів',
      'без інвесторів',
      'немає інвесторів',
      'завдяки читачам',
    ],
    action: ['долучитися', 'приєднатися', 'стати другом'],
  },
  pl: {
    ask: [
      ...[
        'zanim przeczytasz dalej',
        'czy wiesz, ile kosztuje',
        'słowo od redakcji',
        'zostań naszym patronem',
      ],
      ...['zostań naszą patronką', 'zostań członkiem', 'dołącz do nas'],
    ],
    appeal: [
      ...['bogatego wydawcy', 'finansują nas', 'finansują czytelnicy', 'pracy reportera', 'taki tekst'],
      ...['takiego tekstu', 'nasi czytelnicy'],
    ],
    action: ['zostań patronem', 'zostań patronką', 'dołącz'],
  },
  nl: {
    ask: [
      ...['even tussendoor', 'een kort verzoek', 'voordat je verder leest', 'voor je verder leest'],
      ...['een bericht van de redactie', 'word dan lid', 'word ook lid', 'lid worden kan'],
    ],
    appeal: [
      ...['onafhankelijke lokale journalistiek', 'wij willen dat blijven', 'geen adverteerders'],
      ...['leden betalen', 'dankzij onze leden', 'dankzij lezers', 'onze leden'],
    ],
    action: ['lid worden', 'word lid'],
  },
  zh: {
    ask: [
      ...['先打扰您', '打扰您一分钟', '编辑部的一封信', '編輯部的一封信', '给读者的一封信', '給讀者的一封信'],
      ...['成为我们的会员', '成為我們的會員', '加入我们', '加入我們', '成为支持者', '成為支持者'],
    ],
    appeal: [
      ...['没有广告', '沒有廣告', '没有财团', '沒有財團', '小额支持', '小額支持', '非营利', '非營利'],
      ...['不依赖政府拨款', '这篇报道背后', '這篇報道背後', '每一篇报道的背后'],
    ],
    action: ['现在还不方便', '現在還不方便', '暂时不方便', '暫時不方便', '加入会员', '加入會員', '立即加入'],
  },
  ja: {
    ask: ['読者の皆さまへ', '読者の皆様へ', '編集部より', '会員になって', '支えてください'],
    appeal: ['読者の支え', '読者の皆さまの支え', '広告に頼らず', '広告収入に頼らず'],
    action: ['会員になる', '今はしない'],
  },
};

/**
 * A bare verb that labels a support address on its own ("Join: …", "Adhérer : …"): as the whole
 * label it is the call to action; inside a sentence it says nothing ("join the queue"). Not English
 * "support", which labels a help desk's address as often ("Support: vendor.example/help").
 */
export const JOIN_LABELS: readonly string[] = [
  ...['join', 'back us', 'mitmachen', 'unterstützen', 'adhérer', 'soutenir', 'únete', 'apoya'],
  ...['unisciti', 'sostieni', 'aderir', 'apoie', 'присоединиться', 'поддержать', 'долучитися', 'підтримати'],
  ...['dołącz', 'wesprzyj', 'steun', 'meedoen', '加入', '支持', '参加する', '応援する'],
];

/**
 * A support address written as plain text, not linked ("Back the Star: star.example/back-us",
 * "Únete en diario.example/comunidad"): a host whose last label starts with a letter (not "4.65/kg"),
 * then a path. Matched on lower-cased text.
 */
export const PLAIN_ADDRESS = /(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]+(\/[^\s]*)/;
