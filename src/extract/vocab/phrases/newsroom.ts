/**
 * Words for the outlet's own trade, per language, lower-case, matched where a word starts (stems:
 * "journalis" covers "journalism" and "journalists"). An appeal's opening or closing line talks of
 * the newsroom, the paper and its readers ("Good journalism is not free", "A word from the
 * editors"); the donation cleaner uses them only on a short line touching a removed appeal.
 * Left out: words that news text uses of others all the time ("media", "press", "news", 记者 in
 * "记者会", 新闻 in "新闻发布会").
 */
export const NEWSROOM_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['journalis', 'newsroom', 'newspaper', 'editorial team', 'editorial staff', 'our editors', 'reader'],
  ru: ['журналис', 'редакци', 'газет', 'издани', 'читател'],
  uk: ['журналіс', 'редакці', 'газет', 'видання', 'читач'],
  de: ['journalis', 'redaktion', 'zeitung', 'leser', 'berichterstattung'],
  fr: ['journalis', 'rédaction', 'journal', 'lecteur', 'lectrice'],
  es: ['periodis', 'redacción', 'periódico', 'lector'],
  it: ['giornalis', 'redazion', 'giornale', 'lettor', 'lettric'],
  pt: ['jornalis', 'redação', 'redacção', 'jornal', 'leitor'],
  pl: ['dziennikar', 'redakcj', 'gazet', 'czytelni'],
  nl: ['journalis', 'redactie', 'krant', 'lezer'],
  tr: ['gazeteci', 'haberci', 'gazete', 'okur', 'okuyucu'],
  cs: ['novinář', 'novinařin', 'žurnalisti', 'redakce', 'redakci', 'redakcí', 'noviny', 'čtenář'],
  zh: ['编辑部', '編輯部', '报社', '報社', '读者', '讀者', '新闻业', '新聞業', '新闻工作', '新聞工作'],
  // Keeping up its reporting ("取材を続けるため"): how a Japanese outlet speaks of its own work.
  ja: ['編集部', 'ジャーナリズム', '読者', '新聞社', '取材を続け', '取材活動を続け', '報道を続け'],
};

/**
 * How an outlet says what pays for it, per language, lower-case stems matched where a word starts:
 * reading for free, money, financing, subscriptions, donations, paying ("Je leest dit artikel
 * gratis", "Met dat geld betalen we een verslaggever", "nasi Czytelnicy sfinansowali"). Common words
 * in news text too, so they mark a piece of an appeal only in a short paragraph in the outlet's voice
 * on a page that already carries its appeal (see `split-appeal.ts`).
 */
export const FUNDING_WORDS: Readonly<Record<string, readonly string[]>> = {
  // Readers who support the outlet ('gracias a quienes nos apoyan') count as what pays for it.
  en: [
    'for free',
    'free to read',
    'money',
    'funded',
    'fund us',
    'subscri',
    'donat',
    'paid for',
    'pay for',
    'who support us',
  ],
  ru: ['бесплатн', 'деньг', 'финансир', 'подписк', 'пожертвова', 'донат', 'оплачива'],
  uk: ['безкоштовн', 'гроші', 'грошей', 'фінансу', 'передплат', 'пожертв', 'донат', 'оплачу'],
  de: ['kostenlos', 'gratis', 'umsonst', 'geld', 'finanziert', 'finanzieren', 'abonn', 'spende', 'bezahl'],
  fr: [
    'gratuit',
    'argent',
    'financé',
    'financent',
    'financer',
    'financement',
    'abonn',
    'dons',
    'payé',
    'paient',
  ],
  es: [
    'gratis',
    'gratuit',
    'dinero',
    'financian',
    'financiado',
    'financiar',
    'suscrip',
    'donaci',
    'aportaci',
    'pagan',
    'quienes nos apoyan',
    'quienes nos sostienen',
    ...['el apoyo de quienes nos leen', 'apoyo de nuestros lectores', 'apoyo de nuestras lectoras'],
  ],
  it: [
    'gratis',
    'gratuit',
    'soldi',
    'denaro',
    'finanziat',
    'finanziano',
    'abbona',
    'donazion',
    'pagano',
    'ci sostiene',
  ],
  pt: [
    'de graça',
    'gratuit',
    'dinheiro',
    'financiad',
    'financiam',
    'assinatur',
    'assinante',
    'doaç',
    'pagam',
    'quem nos apoia',
  ],
  pl: [
    'za darmo',
    'bezpłatn',
    'pieniądz',
    'pieniędz',
    'finansow',
    'sfinansow',
    'prenumerat',
    'wpłat',
    'darowizn',
    'płac',
  ],
  nl: ['gratis', 'geld', 'financier', 'abonnee', 'abonnement', 'donatie', 'betalen', 'betaald'],
  // Not "para" (Spanish and Portuguese "for"), "finanse" (Polish), "financ" (English "financial") nor
  // "dar" (Spanish "give"): the stems match in every language.
  tr: ['ücretsiz', 'bedava', 'paraya', 'parayla', 'paramız', 'finanse ed', 'abone', 'bağış', 'öde'],
  cs: [
    ...['zdarma', 'bezplatn', 'peníz', 'peněz', 'financov', 'financuj', 'předplat'],
    ...['dary', 'darů', 'zaplat', 'platí'],
  ],
  // "定期定額": a recurring monthly gift, as Taiwanese outlets ask for it.
  zh: [
    '免费',
    '免費',
    '资金',
    '資金',
    '资助',
    '資助',
    '订阅',
    '訂閱',
    '捐款',
    '赞助',
    '贊助',
    '定期定额',
    '定期定額',
  ],
  ja: ['無料', 'お金', '資金', '購読', '寄付', 'サポーター', '支援'],
};

/**
 * Stems that may also end a compound in German and Dutch ("Lokaljournalismus", "Tageszeitung",
 * "Zeitungsleser", "dagkrant"), matched anywhere in a word.
 */
export const NEWSROOM_COMPOUND_ENDS: readonly string[] = [
  ...['journalismus', 'zeitung', 'redaktion', 'leser'],
  ...['journalistiek', 'krant', 'redactie', 'lezer'],
];

/**
 * The newsroom at work in the story, not asking for support: a short closing line such as "The
 * ministry did not respond to the newspaper's request for comment" names the newspaper too.
 * Matched where a word starts, with `OUTLET_REPORTING` (see `vocab/site-names.ts`).
 */
export const NEWSROOM_REPORTING: readonly string[] = [
  ...['commented', 'to comment', 'comment on', 'respond', 'request', 'коммент', 'запрос', 'комент', 'запит'],
  ...['stellungnahme', 'anfrage', 'kommentar', 'commentaire', 'commenter', 'réponse', 'répondu'],
  ...['comentar', 'comentario', 'respuesta', 'respondi', 'commento', 'commentare', 'rispost'],
  ...['comentário', 'resposta', 'respondeu', 'komentarz', 'komentowa', 'odpowied'],
  ...['yorum', 'yanıt', 'açıklama talebi', 'komentář', 'komentova', 'vyjádř', 'odpověd', 'dotaz'],
  ...['commentaar', 'reactie', 'gereageerd', 'reageren', '置评', '回应', '回應', 'コメント', '回答'],
];

/**
 * The line that turns back from the outlet's aside to the story ("Fatto? Grazie. Ora torniamo ai
 * capannoni.", "Now, back to the story."): the appeal's closing line. Lower-case, matched where a word
 * starts; all languages in one list.
 */
export const BACK_TO_STORY: readonly string[] = [
  ...['back to the story', 'now, back to', 'now back to', 'and now back to', 'on with the story'],
  ...['ora torniamo', 'torniamo alla storia', 'torniamo al pezzo', 'revenons à', 'retour à notre histoire'],
  ...[
    'volvamos a',
    'volvemos a la historia',
    'zurück zur geschichte',
    'jetzt aber zurück',
    'zurück zum thema',
  ],
  ...['voltemos à', 'voltemos ao', 'de volta à história', 'wracamy do', 'wróćmy do'],
  ...['terug naar het verhaal', 'en nu terug naar', 'вернёмся к', 'вернемся к', 'возвращаемся к'],
  ...['повертаємося до', 'повернімося до'],
];

/**
 * Interjections that turn from the story to the reader ("Quick question.", "А тепер — чесно.",
 * "Even tussendoor.", "Before you go"): the opener of an appeal set in the article's own paragraphs
 * or after its end ("Prima di chiudere questa pagina"). Used only on a line of a few words directly
 * before a removed appeal, where a crosshead would name its topic.
 */
export const APPEAL_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    ...['quick confession', 'a confession', 'a note from'],
    ...['before you go', 'before you leave', 'before you close this page', 'one last thing'],
    'quick question',
    'one more thing',
    'honestly',
    'a quick word',
    'a moment of your time',
    'just a moment',
    'a word from us',
    'quick word from us',
    'sorry to interrupt',
    'pardon the interruption',
    'before you read on',
    'breaking into this story',
    'a quick break',
    ...['quick interruption', 'a quick interruption', 'a brief interruption'],
  ],
  de: [
    ...['ein geständnis', 'kleines geständnis', 'eine notiz von', 'kurze unterbrechung'],
    ...['bevor sie gehen', 'bevor du gehst', 'bevor sie die seite schließen'],
    ...['übrigens', 'ehrlich gesagt', 'einen moment', 'eine kurze bitte', 'kurze frage', 'eine frage noch'],
    ...['in eigener sache'],
    'kurz unterbrochen',
    'entschuldigen sie die unterbrechung',
    'bevor sie weiterlesen',
  ],
  fr: [
    ...['petite confession', 'un aveu', 'une confession'],
    ...['avant de partir', 'avant de fermer cette page', 'avant de nous quitter'],
    ...['un instant', 'au fait', 'franchement', 'petite question', 'une question', 'et vous'],
    ...['arrivé au bout', 'arrivée au bout', 'arrivés au bout'],
    'un mot avant la suite',
    'avant de poursuivre',
    'pardon de vous interrompre',
    'une petite pause',
  ],
  es: [
    ...['una confesión', 'pequeña confesión'],
    ...['antes de irte', 'antes de que te vayas', 'antes de cerrar esta página'],
    'un momento',
    'por cierto',
    'sinceramente',
    'una pregunta',
    'seamos sinceros',
    'perdón por la interrupción',
    'perdona la interrupción',
    'antes de seguir leyendo',
    'una pausa',
  ],
  it: [
    ...['piccola confessione', 'una confessione', 'una piccola pausa', 'una breve pausa'],
    ...['prima di chiudere questa pagina', 'prima di andare via', 'prima di salutarci'],
    'un momento',
    'a proposito',
    'sinceramente',
    'una domanda',
    'siamo sinceri',
    'una piccola parentesi',
    "scusate l'interruzione",
    'scusate l’interruzione',
    "scusa l'interruzione",
    'scusa l’interruzione',
    'prima di continuare',
    'prima di andare avanti',
    'una parentesi',
    'una pausa',
  ],
  pt: [
    ...['pausa rápida', 'uma pausa rápida'],
    ...['uma confissão', 'pequena confissão'],
    ...['antes de sair', 'antes de ir embora', 'antes de fechar esta página'],
    'um momento',
    'a propósito',
    'já agora',
    'sinceramente',
    'uma pergunta',
    'chegou ao fim',
    'só mais um minuto',
    'uma pausa',
    'desculpe a interrupção',
    'antes de continuar a ler',
  ],
  ru: [
    ...['небольшое признание', 'признаемся'],
    ...['прежде чем закрыть', 'перед тем как закрыть', 'прежде чем уйти', 'перед тем как уйти'],
    'минутку',
    'одну минуту',
    'кстати',
    'честно',
    'а теперь',
    'один вопрос',
    'добрались до',
    'дочитали до',
    'прервёмся',
    'прервемся',
    'простите, что прерываем',
    'прежде чем читать дальше',
  ],
  uk: [
    ...['невелике зізнання', 'зізнаємося'],
    ...['перш ніж закрити', 'перш ніж піти', 'перед тим як закрити'],
    'хвилинку',
    'одну хвилину',
    'до речі',
    'чесно',
    'а тепер',
    'одне питання',
    'перервемося',
    'перервемо',
    'перервуся',
    'перш ніж читати далі',
  ],
  pl: [
    ...['małe wyznanie', 'przyznamy się'],
    ...['zanim wyjdziesz', 'zanim zamkniesz tę stronę'],
    'chwileczkę',
    'przy okazji',
    'szczerze',
    'jedno pytanie',
    'a teraz',
    'na chwilę przerywamy',
    'skąd ta prośba',
    'zanim przejdziemy dalej',
    'krótko o nas',
    'przerwę na chwilę',
    'przerywam na chwilę',
    'przerywamy na chwilę',
    'zanim przeczytasz dalej',
    'przerwijmy na chwilę',
  ],
  nl: [
    ...['een bekentenis', 'kleine bekentenis'],
    ...['voor je gaat', 'voordat je gaat', 'voordat je deze pagina sluit'],
    'tussendoor',
    'overigens',
    'eerlijk gezegd',
    'een vraag',
    'één vraag',
    'even dit',
    'even een onderbreking',
    'voor je verder leest',
    'voordat u verder leest',
  ],
  tr: [
    ...['ayrılmadan önce', 'sayfayı kapatmadan önce'],
    ...['bir dakika', 'bir saniye', 'bu arada', 'açıkçası', 'dürüst olmak gerekirse', 'bir ricamız var'],
    ...['kısa bir ara', 'okumaya devam etmeden önce', 'araya girdiğimiz için özür dileriz'],
  ],
  cs: [
    ...['než odejdete', 'než stránku zavřete'],
    ...[
      'jen chvilku',
      'mimochodem',
      'upřímně',
      'jedna otázka',
      'krátce o nás',
      'malá prosba',
      'krátká prosba',
    ],
    ...['než budete číst dál', 'promiňte, že vyrušujeme', 'omlouváme se za vyrušení'],
  ],
  zh: [
    ...['在你离开之前', '在您离开之前', '在你離開之前'],
    '顺便说一句',
    '順便說一句',
    '说句实话',
    '說句實話',
    '打扰一下',
    '打擾一下',
    '占用您一分钟',
    '谢谢你读到这里',
    '感谢你读到这里',
    '谢谢您读到这里',
    '佔用您一分鐘',
    '看到这里的你',
    '写在中间',
    '插播一句',
    '先打断一下',
    '先打斷一下',
  ],
  ja: [
    ...['ページを閉じる前に'],
    'ところで',
    '少しだけお時間',
    'ひとつお願い',
    '一つお願い',
    '編集部から',
    'ここで少しだけ',
  ],
};

/**
 * Articles an outlet's name may start with ("Le Journal du Bocage", "Die Rheinpfalz"), dropped when
 * the text runs the name into a preposition ("Au Journal du Bocage", "bei der Oderzeitung").
 */
export const NAME_ARTICLES: readonly string[] = [
  ...['the', 'le', 'la', 'les', "l'", 'el', 'los', 'las', 'il', 'lo', 'o', 'a', 'os', 'as'],
  ...['der', 'die', 'das', 'de', 'het'],
];

/**
 * "This story took us five weeks": the outlet's note on what a story cost, which opens an appeal
 * split around the article ("… Journalism like this is only possible when readers pay for it").
 * A demonstrative and a word for the piece open the note, and a time span follows within its first
 * words. Only counted beside an appeal piece already removed (see `making-of.ts`).
 */
export const MAKING_OF_OPENING =
  /^(?:this|dit|deze|dieser|diese|dieses|cette|ce|cet|esta|este|questa|questo|ten|ta|to|этот|эта|это|цей|ця|це)\s+(?:story|report|investigation|article|piece|verhaal|onderzoek|artikel|stuk|geschichte|recherche|text|beitrag|enquête|reportage|investigación|reportaje|artículo|historia|inchiesta|articolo|storia|servizio|reportagem|investigação|artigo|matéria|tekst|artykuł|reportaż|materiał|материал|расследование|репортаж|текст|статья|матеріал|розслідування|стаття|feature|reporting|información|noticia|crónica|notizia|lavoro|notícia|trabalho|bericht|artikel|публикация|заметка|публікація)(?![\p{L}])|^(?:reporting|journalism|stories|investigations|work) like this(?![\p{L}])|^(?:这篇|這篇|本篇|这则|這則)(?:报道|報道|报导|報導|稿子|文章)|^この(?:記事|取材|連載)/iu;

/**
 * A span of working time: weeks, months, days or years (one or several), in the languages of
 * `MAKING_OF_OPENING`. Not CJK years: "2026年" is a date.
 */
export const TIME_SPAN =
  /(?<![\p{L}])(?:years?|jaren|jaar|jahren?|ans|années|años|anni|anos|lata?|лет|года?|років|роки|рік|weeks?|months?|days|weken|week|maanden|maand|dagen|wochen|woche|monate|monat|tage|semaines?|mois|jours|semanas?|meses|mês|días|dias|settimane|settimana|mesi|mese|giorni|tygodni|tygodnie|tydzień|miesięcy|miesiące|miesiąc|dni|недел[ьиюя]|месяц(?:а|ев)?|дн[ейя]|тижн[іяь]|тиждень|місяц(?:я|і|ів)?|днів)(?![\p{L}])|[0-9一二三四五六七八九十两几]\s*(?:个?星期|周|週間?|个月|個月|か月|ヶ月|カ月|ヵ月|天|日間)/iu;

/**
 * Words that make a headline one about a newspaper ("Courier asks readers for £60,000", "у газеты
 * кончились деньги"): the outlet's own fundraiser or another paper's closure is then the story, and
 * its money, members and web address are reported, not asked for. Lower-case, matched where a word
 * starts. Left out: names that are common words too ("Times", "Post", "Star", "Echo", "Mirror"), and
 * radio or television (a story about a community radio's appeal still sits above the outlet's own).
 */
export const PRESS_WORDS: readonly string[] = [
  ...['newspaper', 'newsroom', 'gazette', 'courier', 'herald', 'tribune', 'chronicle', 'sentinel'],
  ...['telegraph', 'advertiser', 'examiner', 'gazetteer', 'enquirer'],
  ...['газет', 'редакци', 'курьер', 'вестник', 'редакці', "кур'єр", 'вісник'],
  // A media outlet by its generic name ("Независимое издание «…» закрывается", "СМИ", "ЗМІ").
  ...['издани', 'видання', 'сми', 'змі', 'news outlet', 'media outlet'],
  ...['zeitung', 'redaktion', 'rundschau', 'kurier', 'anzeiger', 'tageblatt', 'bote'],
  // A paper's print edition, its end the story ("erscheint nur noch digital", "последний печатный номер").
  ...['printausgabe', 'gedruckte ausgabe', 'print edition', 'édition papier', 'edición impresa'],
  ...['edizione cartacea', 'edição impressa', 'edição em papel', 'wydanie papierowe', 'papieren krant'],
  ...['печатн', 'друкован'],
  ...['journal', 'rédaction', 'quotidien', 'hebdomadaire'],
  ...['periódico', 'redacción', 'gaceta', 'heraldo', 'giornale', 'redazione', 'gazzetta', 'corriere'],
  ...['jornal', 'redação', 'redacção', 'gazet', 'redakcj', 'dziennik', 'tygodnik'],
  ...['krant', 'redactie', 'dagblad', 'courant'],
  ...[
    'gazete',
    'noviny',
    'novinám',
    'deník',
    'týdeník',
    'redakce',
    'redakci',
    'redakcí',
    'tištěné vydání',
    'basılı baskı',
  ],
  // "The press" as a trade ("Imprensa regional perdeu um terço dos assinantes"); not English "press"
  // (a stem of "pressure") nor Russian "пресс" ("пресс-конференция").
  ...['imprensa', 'prensa', 'presse'],
  ...['报社', '报纸', '報社', '報紙', '编辑部', '編輯部', '新聞社', '新聞', '編集部'],
];

/**
 * Headline words of a story about a fundraiser ("Radio station raises £40,000", "Tafel sammelt für
 * einen Kühlwagen", "众筹修桥"): its quoted asks ("Support us if you want the station on air") are
 * the story's, so only the outlet's own voice makes a fragment of an appeal there (see donation.ts).
 * Lower-case, matched where a word starts.
 */
export const FUNDRAISER_WORDS: readonly string[] = [
  ...['fundrais', 'crowdfund', 'raises £', 'raises $', 'raises €', 'raising money', 'donation drive'],
  // Money raised, in the past ("Biegacze zebrali 312 tys. zł", "Runners raised £312,000"), and charity runs.
  ...[
    'raised £',
    'raised $',
    'raised €',
    'raise £',
    'raise $',
    'raise €',
    'charity run',
    'zebrali',
    'zebrano',
  ],
  ...['gesammelt', 'sammelten', 'ont récolté', 'a récolté', 'recaudaron', 'recaudó', 'arrecadaram'],
  ...['arrecadou', 'собрали', 'зібрали', 'bieg charytatywny', 'course solidaire', 'carrera solidaria'],
  ...['corsa solidale', 'corrida solidária', 'благотворительный забег', 'благодійний забіг'],
  // Membership drives: the story quotes the calls to join as a fundraiser's to give.
  ...['membership drive', 'new members', 'diventare soci', 'nuovi soci', 'cerca soci', 'nuevos socios'],
  ...['novos sócios', 'neue mitglieder', 'nouveaux adhérents', 'nowych członków', 'nieuwe leden'],
  ...['seeks members', 'looking for members', 'seeks volunteers', 'sucht mitglieder', 'sucht spender'],
  ...['cherche des bénévoles', 'cherche des adhérents', 'busca socios', 'busca voluntarios'],
  ...['cerca volontari', 'procura sócios', 'procura voluntários', 'szuka członków', 'szuka wolontariuszy'],
  ...['zoekt leden', 'zoekt vrijwilligers', 'ищет новых участников', 'ищет волонтёров', 'ищет волонтеров'],
  ...['ищет добровольцев', 'ищет деньги', 'шукає волонтерів', 'шукає нових учасників', '招募志愿者'],
  ...['ボランティア募集', '会員募集'],
  ...['собирает', 'собирают', 'сбор средств', 'сбор денег', 'краудфандинг', 'пожертвован'],
  ...['збирає', 'збирають', 'збір коштів', 'збір на', 'пожертв'],
  ...['sammelt', 'sammeln', 'spendenaktion', 'spendenaufruf', 'crowdfunding', 'spendenlauf'],
  ...['cagnotte', 'collecte', 'financement participatif', 'appel aux dons', 'lève des fonds'],
  ...['recauda', 'recaudación', 'colecta', 'micromecenazgo', 'campaña de donaciones', 'gran recogida'],
  ...['raccolta fondi', 'raccoglie', 'raccolgono', 'raccolt', 'colletta'],
  // Food banks live on what the public gives: their drives are fundraisers.
  ...['food bank', 'food drive', 'banque alimentaire', 'banco de alimentos', 'banco alimentare'],
  ...['banco alimentar', 'bank żywności', 'voedselbank', 'продуктовый банк', 'банк еды', 'фудбанк'],
  ...['angaria', 'angariação', 'vaquinha', 'recolha de fundos', 'campanha de donativos'],
  ...['zbiórka', 'zbiera', 'zbierają', 'zrzutka'],
  // Donors as the headline's subject ("2.100 donatori per salvare il Moderno"): the people who give.
  ...['donors', 'donatori', 'donateurs', 'donantes', 'doadores', 'darczyńc', 'жертвовател', 'донор'],
  ...['捐款人', '捐助者', '寄付者'],
  ...['inzamel', 'zamelt', 'zamelen'],
  ...['bağış kampanya', 'yardım kampanya', 'bağış topl', 'para topl', 'kitlesel fonlama', 'gıda bankası'],
  ...['yardım çağrısı', 'bağış çağrısı', 'destek çağrısı', 'gönüllü arı', 'yeni üye arı'],
  ...['sbírk', 'vybírá peníze', 'vybírají peníze', 'potravinová banka', 'hledá dobrovolník'],
  ...['hledá nové členy', 'prosí o pomoc', 'žádá o pomoc', 'výzva k darům'],
  ...['众筹', '募捐', '筹款', '募款', '筹集', '募資', '籌款', 'クラウドファンディング', 'クラファン', '募金'],
  ...['ふるさと納税', '寄付金', '寄付が集ま', '支援金が集ま', '捐款', '善款'],
  // A guide to giving ("Floods: how to help", "Wie Sie helfen können"): its paragraphs quote the
  // charities' asks, as a fundraiser story does.
  ...[
    'how to help',
    'how you can help',
    'ways to help',
    'where to donate',
    'how to donate',
    'wie sie helfen',
  ],
  ...['so können sie helfen', 'wo sie spenden', 'wie man spenden', 'comment aider', 'comment faire un don'],
  ...['où donner', 'cómo ayudar', 'dónde donar', 'come aiutare', 'dove donare', 'como ajudar', 'onde doar'],
  ...[
    'jak pomóc',
    'jak możesz pomóc',
    'gdzie wpłacać',
    'hoe kun je helpen',
    'hoe je kunt helpen',
    'waar doneren',
  ],
  ...['как помочь', 'куда жертвовать', 'куда донатить', 'як допомогти', 'куди донатити', 'куди жертвувати'],
  ...[
    '如何帮助',
    '如何捐款',
    '如何捐助',
    '怎么帮',
    '如何幫助',
    '如何捐款',
    '支援するには',
    '寄付するには',
    '寄付先',
  ],
  // Someone appealing to the public for help ("lance un appel aux auditeurs", "bittet um Spenden").
  ...['launches an appeal', 'launched an appeal', 'appeals for', 'appeal for donations', 'appeals to'],
  ...['lance un appel', 'lancent un appel', 'appelle à donner', 'bittet um spenden', 'bitten um spenden'],
  ...['ruft zu spenden auf', 'lanza un llamamiento', 'pide ayuda', 'piden ayuda', 'lancia un appello'],
  ...['chiede aiuto', 'lança um apelo', 'pede ajuda', 'apeluje o', 'prosi o pomoc', 'doet een oproep'],
  ...['просит помощи', 'просят помощи', 'просить допомоги', 'просять допомоги', '呼吁捐款', '寄付を呼びかけ'],
];

/**
 * A drive for members with a number or a word between ("zoekt 5.000 betalende leden", "seeks 2,000
 * more members", "sucht 300 neue Mitglieder"): a fundraiser's headline as `FUNDRAISER_WORDS` are.
 * Matched on lower-cased text.
 */
export const MEMBERS_SOUGHT =
  /(?<![\p{L}])(?:seeks?|seeking|needs?|wants?|zoekt|zoeken|sucht|suchen|braucht|cherche|recherche|busca|buscan|necesita|cerca|cercano|procura|precisa|szuka|szukają|ищет|ищут|нужны|шукає|шукають|потрібні)\s+(?:[\p{L}\d.,]+\s+){1,3}(?:members|subscribers|supporters|leden|abonnees|mitglieder|abonnenten|unterstützer|membres|abonnés|adhérents|socios|suscriptores|soci|abbonati|sócios|assinantes|członków|prenumeratorów|подписчиков|участников|членов|передплатників|учасників|членів)(?![\p{L}])/u;

/**
 * A sum raised, the verb then the number within a few words ("Hospicjum zebrało 860 tys. zł", "Tafel
 * hat 12.000 Euro gesammelt" aside, "Club collected €4,000", "募得 120 万元"): a fundraiser's headline as
 * `FUNDRAISER_WORDS` are. The number keeps "Sejm zebrał się" or "collected evidence" out. Lower-cased text.
 */
export const SUM_RAISED =
  /(?<![\p{L}])(?:raised|raises|collected|collects|zebrał\p{L}*|uzbierał\p{L}*|gesammelt|sammelte|sammelten|récolté|collecté|recaudó|recaudaron|reunió|reunieron|raccolto|raccolti|raccolte|arrecadou|arrecadaram|angariou|angariaram|собрал\p{L}*|зібрал\p{L}*|opgehaald|ingezameld|haalde|筹得|募得|籌得|筹集了|募集了)\s*(?:[\p{L}.,]+\s+){0,3}(?:[$€£¥]\s?\d|\d[\d\s.,]*\s*(?:[$€£¥₽₴]|zł|tys|mln|mld|тыс|млн|млрд|миллион|мільйон|тысяч|тисяч|руб|грн|mil|euro|eur|dollars?|pounds?|francs?|reais|million|milion|millionen|milioni|millones|milhões|mille|万|萬|元|円))/u;

/**
 * Headlines of the outlet's letter to its readers ("From the editor: what 1,900 of you taught us",
 * "Carta del director", "От редакции"): the article is the outlet speaking of itself, its money and
 * its readers, and every paragraph of it is the story. Lower-case, matched where a word starts.
 */
export const EDITOR_LETTER_WORDS: readonly string[] = [
  ...['from the editor', "editor's note", 'editor’s note', 'letter from the editor', 'note to readers'],
  ...["editor's letter", 'editor’s letter', 'a letter from our editor', 'a note from our editor'],
  // Columns answering the readers ("Odpowiadam Czytelnikom", "Wir antworten unseren Lesern").
  ...[
    'answering our readers',
    'we answer our readers',
    'i answer our readers',
    'wir antworten unseren lesern',
  ],
  ...['nous répondons à nos lecteurs', 'je réponds à nos lecteurs', 'respondemos a nuestros lectores'],
  ...['rispondiamo ai lettori', 'rispondo ai lettori', 'respondemos aos leitores', 'odpowiadam czytelnikom'],
  ...['odpowiadamy czytelnikom', 'wij antwoorden onze lezers', 'отвечаем читателям', 'відповідаємо читачам'],
  ...['to our readers', 'a letter to our readers', 'an open letter to our readers'],
  ...[
    'brief der chefredaktion',
    'an unsere leserinnen und leser',
    'an unsere leser',
    'liebe leserinnen und leser',
    'in eigener sache',
    'brief des chefredakteurs',
    'brief der chefredakteurin',
  ],
  ...[
    'lettre aux lecteurs',
    'à nos lecteurs',
    'le mot de la rédaction',
    'lettre de la rédaction',
    'lettre du directeur',
    'lettre de la directrice',
  ],
  ...[
    'carta a los lectores',
    'carta del director',
    'carta de la directora',
    'a nuestros lectores',
    'carta del editor',
    'nota de nuestro director',
    'nota de nuestra directora',
    'nota del director',
  ],
  ...['lettera ai lettori', 'ai nostri lettori', 'lettera del direttore', 'lettera della direttrice'],
  ...['carta aos leitores', 'aos nossos leitores', 'nota da redação', 'nota da redacção', 'carta do diretor'],
  ...['от редакции', 'письмо читателям', 'слово редактора', 'к нашим читателям'],
  ...['письмо редактора', 'письмо главного редактора', 'колонка главного редактора', 'колонка редактора'],
  ...["editor's column", 'editor’s column', 'kolumne des chefredakteurs', "la chronique de l'éditeur"],
  ...['від редакції', 'лист до читачів', 'слово редактора', 'до наших читачів'],
  ...['лист редактора', 'лист редакторки', 'слово редакторки', 'лист головного редактора'],
  ...['від редакторки', 'від редактора', 'от редактора', 'от главного редактора'],
  ...['od redakcji', 'list do czytelników', 'do naszych czytelników', 'list naczelnego', 'list redaktora'],
  ...['van de redactie', 'aan onze lezers', 'brief aan de lezers', 'van de hoofdredacteur', 'in eigen zaak'],
  ...['okurlarımıza', 'editörden', 'yayın yönetmeninden', 'okura mektup', 'okurlara mektup'],
  ...['slovo šéfredaktor', 'dopis čtenářům', 'našim čtenářům', 'od redakce', 'slovo redakce'],
  ...['致读者', '致讀者', '致读者的一封信', '読者の皆さまへ', '読者の皆様へ', '編集部より', '編集長から'],
];

/**
 * The reader's address opening a headline ("Cari lettori, da lunedì il giornale cambia"): the
 * outlet's letter to its readers. Lower-case; a headline must open with one and go on after a comma,
 * colon or exclamation mark.
 */
export const READER_GREETINGS: readonly string[] = [
  ...['dear reader', 'dear readers', 'dear subscribers', 'dear friends', 'liebe leserin', 'liebe leser'],
  ...['liebe leserinnen', 'chère lectrice', 'cher lecteur', 'chères lectrices', 'chers lecteurs'],
  ...['querida lectora', 'querido lector', 'queridas lectoras', 'queridos lectores', 'cara lettrice'],
  ...['caro lettore', 'care lettrici', 'cari lettori', 'cara leitora', 'caro leitor', 'caras leitoras'],
  ...['caros leitores', 'drogie czytelniczki', 'drodzy czytelnicy', 'beste lezer', 'beste lezers'],
  ...['дорогие читатели', 'уважаемые читатели', 'дорогі читачі', 'шановні читачі', 'değerli okurlar'],
  ...['milí čtenáři', 'vážení čtenáři', '亲爱的读者', '親愛的讀者', '読者の皆さま', '読者の皆様'],
];

/**
 * The outlet naming itself by a common noun at the start of a block ("This newspaper has no
 * owner", "Questo giornale …", "本报没有付费墙"): as good as its name there (see `appeal-cues.ts`).
 */
export const THIS_OUTLET_PHRASES: readonly string[] = [
  ...['this newspaper', 'this paper', 'this site', 'this website', 'this newsletter', 'this magazine'],
  ...[
    'diese zeitung',
    'dieses magazin',
    'diese website',
    'dieses portal',
    'ce journal',
    'ce site',
    'ce média',
  ],
  ...[
    'este periódico',
    'este diario',
    'este medio',
    'esta web',
    'este boletín',
    'questo giornale',
    'questo sito',
  ],
  ...[
    'questa testata',
    'este jornal',
    'este site',
    'esta newsletter',
    'ta gazeta',
    'ten portal',
    'ten serwis',
  ],
  ...[
    'deze krant',
    'deze site',
    'dit blad',
    'эта газета',
    'это издание',
    'этот сайт',
    'ця газета',
    'це видання',
  ],
  ...['bu gazete', 'bu site', 'bu yayın', 'bu bülten', 'bu dergi', 'tento web', 'tyto noviny'],
  ...['tento deník', 'tento časopis', 'tento newsletter', 'tento server'],
  ...['цей сайт', '本报', '本刊', '本站', '本紙', '当サイト', '本サイト'],
  // A blog naming itself ("Dieser Blog wird ehrenamtlich gemacht").
  ...['this blog', 'dieser blog', 'ce blog', 'este blog', 'questo blog', 'este blogue', 'ten blog'],
  ...['deze blog', 'этот блог', 'цей блог', '本博客'],
];

/**
 * An editor introducing themselves to the reader ("I'm Nadia Ferris, and I edit the Courier", "Ich
 * bin seit 2009 Redaktionsleiter der Rundschau", "Je suis rédacteur en chef du Courrier", "編集長の森田です"):
 * the first person with a newsroom role within a few words. Matched on lower-cased text.
 */
export const EDITOR_INTRODUCTION = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:i['’]m|i am)(?![\p{L}])[^.!?]{0,50}?(?<![\p{L}])(?:editor|editor-in-chief|publisher|reporter)(?![\p{L}])`,
    String.raw`(?<![\p{L}])i(?:['’]ve| have)? (?:edit|edited|run|ran|publish|published) (?:the|this)(?![\p{L}])`,
    String.raw`(?<![\p{L}])ich bin(?![\p{L}])[^.!?]{0,50}?(?:chefredakteur|redaktionsleiter|redakteur|herausgeber)`,
    String.raw`(?<![\p{L}])je suis(?![\p{L}])[^.!?]{0,50}?(?:rédact(?:eur|rice) en chef|directeur de la publication|directrice de la publication|journaliste)`,
    String.raw`(?<![\p{L}])(?:soy|me llamo)(?![\p{L}])[^.!?]{0,50}?(?:director|directora|periodista|redactor|redactora)(?![\p{L}])`,
    // "Sono …" opening the sentence, or after "io"/"e" ("Mi chiamo Laura e sono la direttrice"): "ci sono
    // decine di messaggi … tra l'allora direttore" is no one speaking.
    String.raw`(?:^|(?<![\p{L}])(?:io|e)\s+)sono(?![\p{L}])[^.!?]{0,50}?(?:direttore|direttrice|giornalista|caporedattore|caporedattrice)`,
    String.raw`(?<![\p{L}])(?:sou|chamo-me|me chamo)(?![\p{L}])[^.!?]{0,50}?(?:editor|editora|diretor|diretora|director|directora|jornalista|repórter)(?![\p{L}])`,
    String.raw`(?<![\p{L}])ik ben(?![\p{L}])[^.!?]{0,50}?(?:hoofdredacteur|redacteur|journalist|verslaggever)`,
    String.raw`(?<![\p{L}])(?:jestem|nazywam się)(?![\p{L}])[^.!?]{0,50}?(?:redaktor|dziennikar|kieruję)`,
    String.raw`(?<![\p{L}])я(?![\p{L}])[^.!?]{0,50}?(?:главн\p{L}+ редактор|главред|головн\p{L}+ редактор|редактор|журналіст|журналист)`,
    // "… dirigo questo giornale", "je dirige la rédaction", "руковожу редакцией": I run the paper.
    String.raw`(?<![\p{L}])(?:dirigo|dirijo|je dirige|ich leite|ik leid|kieruję|руковожу|керую)(?![\p{L}])[^.!?]{0,30}?(?:giornale|testata|redazione|periódico|diario|redacción|jornal|redação|journal|rédaction|zeitung|redaktion|krant|redactie|gazet|redakcj|газет|редакц)`,
    // The story's writer stepping out of it ("Oi! Aqui é o Caio, que escreveu esse texto", "I wrote
    // this story"): a story never says who wrote it in its own paragraphs.
    String.raw`(?<![\p{L}])(?:i wrote|who wrote|que escreveu|que escrevi|escrevi|escribí|que escribió|ho scritto|che ha scritto|j['’]ai écrit|qui a écrit|napisałem|napisałam|я написал|я написала|я написав|я написала)(?![\p{L}])[^.!?]{0,12}?(?<![\p{L}])(?:this|esse|este|esta|essa|questo|quest['’]|cet|ce|cette|ten|tę|этот|эту|цей|цю)\s*(?:story|article|piece|text|texto|artigo|matéria|reportagem|artículo|reportaje|articolo|pezzo|texte|reportage|tekst|artykuł|reportaż|текст|статью|материал|статтю|матеріал)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:ich habe|ik heb)(?![\p{L}])[^.!?]{0,12}?(?:diesen|diese|dit|deze)\s+(?:text|artikel|beitrag|bericht|stuk)\s+geschrieben`,
    '(?:編集長|記者|編集部)の[^。]{1,12}です',
    '我是[^。]{0,12}(?:主编|總編|总编|编辑|編輯|记者|記者)',
  ].join('|'),
  'u',
);

/**
 * The outlet in the first person at its reporting ("Материалы расследования мы направили в
 * прокуратуру", "We obtained the contracts"): its "we" is the story's, not an appeal's. Matched where
 * a word starts, outside quotes; all languages in one list.
 */
export const WE_REPORTING: readonly string[] = [
  ...['we found', 'we obtained', 'we analysed', 'we analyzed', 'we reviewed', 'we sent', 'we contacted'],
  // The series' next part announced ("In een volgende aflevering kijken we naar …").
  ...[
    'in een volgende aflevering',
    'in de volgende aflevering',
    'in the next installment',
    'in the next part',
  ],
  ...['in der nächsten folge', 'im nächsten teil', 'dans le prochain épisode', 'dans un prochain épisode'],
  ...['en la próxima entrega', 'nella prossima puntata', 'no próximo episódio', 'w następnym odcinku'],
  ...['в следующем выпуске', 'у наступному випуску'],
  ...['we requested', 'we filed', 'we examined', 'we have sent', 'we have contacted', 'we reached out'],
  ...['мы нашли', 'мы направили', 'мы отправили', 'мы запросили', 'мы изучили', 'мы проанализировали'],
  ...['мы обратились', 'мы связались', 'мы передали', 'мы сравнили', 'мы проверили'],
  ...['ми знайшли', 'ми надіслали', 'ми направили', 'ми передали', 'ми запросили', 'ми проаналізували'],
  ...['ми звернулися', 'ми зв’язалися', "ми зв'язалися", 'ми порівняли', 'ми перевірили'],
  ...['ми переглянули', 'ми вивчили', 'мы просмотрели', 'we went through', 'we checked'],
  // Sources the outlet spoke to and what its requests set off ("z którymi rozmawialiśmy", "після нашого запиту").
  // What it put to the test ("Ми поставили асистенту 40 запитань", "We tested the app for a week").
  ...['we tested', 'we put it to', 'ми поставили', 'мы поставили', 'мы задали', 'ми протестували'],
  ...['мы протестировали', 'wir haben getestet', 'haben wir getestet', 'nous avons testé'],
  ...['abbiamo testato', 'hemos probado', 'testámos', 'testamos', 'przetestowaliśmy', 'we hebben getest'],
  ...['we spoke to', 'we talked to', 'rozmawialiśmy', 'с которыми мы поговорили', 'з якими ми поговорили'],
  ...[
    'mit denen wir gesprochen',
    'avec qui nous avons parlé',
    'con los que hablamos',
    'con cui abbiamo parlato',
  ],
  ...['com quem falamos', 'met wie we spraken', 'after our request', 'following our request'],
  ...['після нашого запиту', 'после нашего запроса', 'nach unserer anfrage', 'après notre demande'],
  ...['на наш запит', 'на наші запити', 'після наших запитів', 'на наш запрос', 'на наши запросы'],
  ...['после наших запросов', 'our requests', 'auf unsere anfrage', 'auf unsere anfragen'],
  ...['tras nuestra consulta', 'dopo la nostra richiesta', 'após o nosso pedido', 'po naszym pytaniu'],
  // An expert who looked at the documents at the outlet's request ("che ha esaminato i documenti su nostra richiesta").
  ...['at our request', 'su nostra richiesta', 'a nostra richiesta', 'à notre demande', 'a petición nuestra'],
  ...['a nuestra petición', 'a pedido nosso', 'a nosso pedido', 'na naszą prośbę', 'na nasze zlecenie'],
  ...['auf unsere bitte', 'in unserem auftrag', 'op ons verzoek', 'по нашей просьбе', 'на нашу просьбу'],
  ...['на наше прохання', 'на наше замовлення', 'по нашему заказу'],
  // An expert who checked the data for the outlet ("hat die Daten für uns geprüft").
  ...['für uns geprüft', 'für uns ausgewertet', 'checked for us', 'reviewed for us', 'analysed for us'],
  // The story's note on its data and method ("Alle Daten und unsere Methodik veröffentlichen wir …").
  ...[
    'our methodology',
    'unsere methodik',
    'notre méthodologie',
    'nuestra metodología',
    'la nostra metodologia',
  ],
  ...['nossa metodologia', 'naszą metodologię', 'onze methodologie', 'нашу методологию', 'нашу методологію'],
  ...[
    'veröffentlichen wir',
    'we publish the data',
    'nous publions',
    'publicamos los datos',
    'pubblichiamo i dati',
  ],
  ...['haben wir angefragt', 'wir haben angefragt', 'haben wir ausgewertet', 'wir haben ausgewertet'],
  ...['haben wir übergeben', 'haben wir verglichen', 'haben wir übermittelt', 'haben wir gefunden'],
  ...['nous avons contacté', 'nous avons sollicité', 'nous avons obtenu', 'nous avons analysé'],
  ...['nous avons transmis', 'nous avons envoyé', 'nous avons consulté', 'nous avons comparé'],
  ...['hemos contactado', 'hemos obtenido', 'hemos analizado', 'hemos enviado', 'hemos remitido'],
  ...['hemos trasladado', 'hemos consultado', 'hemos comparado', 'obtuvimos', 'analizamos'],
  ...['abbiamo contattato', 'abbiamo ottenuto', 'abbiamo analizzato', 'abbiamo inviato'],
  ...['abbiamo trasmesso', 'abbiamo consultato', 'abbiamo confrontato'],
  // Records it rebuilt or downloaded ("abbiamo potuto ricostruire quali fascicoli …").
  ...['abbiamo ricostruito', 'abbiamo potuto ricostruire', 'abbiamo scaricato', 'we reconstructed'],
  ...['we were able to reconstruct', 'we downloaded', 'nous avons reconstitué', 'nous avons téléchargé'],
  ...['hemos reconstruido', 'reconstruimos', 'hemos descargado', 'wir haben rekonstruiert'],
  ...['haben wir rekonstruiert', 'мы восстановили', 'мы скачали', 'ми відновили', 'ми завантажили'],
  ...['odtworzyliśmy', 'pobraliśmy', 'reconstruímos', 'we reconstrueerden', 'hebben we gereconstrueerd'],
  ...['contactámos', 'contatamos', 'obtivemos', 'analisámos', 'enviámos', 'consultámos', 'comparámos'],
  ...['skontaktowaliśmy', 'ustaliliśmy', 'przeanalizowaliśmy', 'przekazaliśmy', 'wysłaliśmy'],
  ...['porównaliśmy', 'zapytaliśmy', 'hebben we opgevraagd', 'we hebben opgevraagd'],
  ...['inceledik', 'elde ettiğimiz', 'ulaştığımız', 'sorularımız', 'bize anlattı', 'bize söyledi'],
  ...['hesaplamalarımıza göre', 'zjistili jsme', 'získali jsme', 'analyzovali jsme', 'oslovili jsme'],
  ...['kontaktovali jsme', 'porovnali jsme', 'řekl nám', 'řekla nám', 'na naše dotazy', 'podle našich'],
  ...['hebben we geanalyseerd', 'hebben we vergeleken', 'hebben we doorgestuurd'],
  ...['we analyseerden', 'we spraken met', 'we vonden', 'we onderzochten', 'we vergeleken'],
  ...['we bekeken', 'we stuurden', 'wij analyseerden', 'wij spraken met', 'wij onderzochten'],
  ...[
    'nach unserer auswertung',
    'laut unserer auswertung',
    'unserer auswertung zufolge',
    'nach unseren recherchen',
  ],
  // A source's words to the outlet, in the line that says who spoke ("– mówi nam lekarka", "told us").
  ...['told us', 'tells us', 'mówi nam', 'powiedział nam', 'powiedziała nam'],
  ...['рассказал нам', 'рассказала нам', 'сказал нам', 'сказала нам', 'говорит нам', 'розповів нам'],
  ...['розповіла нам', 'сказав нам', 'sagte uns', 'sagt uns', 'erzählt uns', 'nous a dit'],
  ...['nous a confié', 'nos dijo', 'nos contó', 'nos cuenta', 'ci ha detto', 'ci racconta', 'disse-nos'],
  ...['contou-nos', 'nos disse', 'vertelde ons', 'zei tegen ons'],
  ...['我们联系了', '我们查阅了', '我们比对了', '我們聯繫了', '我們查閱了', '取材班は', '本紙の取材で'],
  // Its findings as its own count ("Według naszych wyliczeń …", "by our calculations").
  ...[
    'by our calculations',
    'by our count',
    'according to our analysis',
    'по нашим подсчётам',
    'по нашим подсчетам',
  ],
  ...['по нашим расчётам', 'за нашими підрахунками', 'за нашими розрахунками', 'nach unseren berechnungen'],
  ...[
    'selon nos calculs',
    'según nuestros cálculos',
    'secondo i nostri calcoli',
    'segundo os nossos cálculos',
  ],
  ...['według naszych wyliczeń', 'według naszych ustaleń', 'z naszych wyliczeń', 'volgens onze berekeningen'],
  // The same in the singular ("volgens onze berekening", "nach unserer Berechnung").
  ...[
    'volgens onze berekening',
    'naar onze berekening',
    'by our calculation',
    'according to our calculations',
  ],
  ...['nach unserer berechnung', 'selon notre calcul', 'según nuestro cálculo', 'secondo il nostro calcolo'],
  ...['segundo o nosso cálculo', 'według naszego wyliczenia', 'по нашему подсчёту', 'за нашим підрахунком'],
  ...['据本报计算', '本紙の試算', '本紙の集計'],
  // It goes on reporting and asks for tips ("取材を続ける。情報をお持ちの方は …", "If you know more, write to us").
  // The sentence's end: "取材を続けるために" is an appeal's purpose ("to keep reporting, …").
  ...[
    '取材を続ける。',
    '取材を続けます。',
    '情報をお持ちの方',
    '情報提供フォーム',
    '继续关注此事',
    '將持續追蹤',
    '将持续追踪',
  ],
  ...['if you have information about', 'if you know more about', 'send us a tip', 'share a tip'],
  ...['если вы знаете больше', 'если у вас есть информация', 'якщо ви маєте інформацію'],
  ...['wenn sie mehr wissen', 'hinweise an die redaktion', 'si vous avez des informations'],
  ...['si tienes información', 'si tiene información', 'se hai informazioni', 'se tiver informações'],
  ...['jeśli masz informacje', 'weet jij meer'],
  // Its questions to the people in the story ("w odpowiedzi na nasze pytania napisał …").
  ...['na nasze pytania', 'our questions', 'на наши вопросы', 'на наші запитання', 'auf unsere fragen'],
  ...['auf unsere anfrage', 'à nos questions', 'a nuestras preguntas', 'alle nostre domande'],
  ...['às nossas perguntas', 'op onze vragen', '对本报的提问', '本紙の質問に'],
];
