/**
 * Boilerplate phrases per category and language, lower-case, matched as substrings of short blocks
 * (the cleaners set the length limits). A phrase here must be something an article would rarely
 * say in its own voice within a short standalone block.
 */
export type PhraseList = Readonly<Record<string, readonly string[]>>;

/** Newsletter and subscription prompts. */
export const NEWSLETTER: PhraseList = {
  en: [
    'be the first to know',
    'never miss',
    'our whatsapp channel',
    'our telegram channel',
    'news on whatsapp',
    'newsletter',
    'sign up for',
    'sign up to',
    'subscribe to our',
    'subscribe for',
    'enter your email',
    'your email address',
    'delivered to your inbox',
    'in your inbox',
    'to your inbox',
    'get our',
    'subscribe now',
    'sign up here',
    'sign up with',
    'by email',
    'by e-mail',
    'subscribe here',
    'unsubscribe at any time',
    'unsubscribe anytime',
    'no spam',
  ],
  ru: [
    'наш viber-канал',
    'наш telegram',
    'наш телеграм',
    'наш канал в viber',
    'подписывайтесь на наш',
    'чтобы первыми узнавать',
    'не пропустите',
    'наш телеграм-канал',
    'наш telegram-канал',
    'наш канал в telegram',
    'наш канал в whatsapp',
    'рассылк',
    'подпишитесь на',
    'подписаться на',
    'ваш e-mail',
    'ваш email',
    'введите email',
    'на вашу почту',
    'на ваш e-mail',
    'на ваш email',
    'отписаться можно в любой момент',
    'отписаться в любой момент',
    'без спама',
  ],
  uk: [
    'наш viber-канал',
    'наш telegram',
    'наш телеграм',
    'наш канал у viber',
    'підписуйтесь на наш',
    'щоб першими дізнаватися',
    'не пропустіть',
    'залиште адресу',
    'адресу пошти',
    'наш телеграм-канал',
    'наш telegram-канал',
    'наш канал у telegram',
    'наш канал у whatsapp',
    'розсилк',
    'підпишіться на',
    'підписатися на',
    'ваш e-mail',
    'ваш email',
    'на вашу пошту',
    'на вашу скриньку',
    'на вашу електронну',
    'відписатися можна будь-коли',
    'відписатися в будь-який момент',
    'без спаму',
  ],
  de: [
    'ins postfach',
    'hier anmelden',
    'als erste erfahren',
    'als erster erfahren',
    'mehr verpassen',
    'kostenlos bestellen',
    'unseren whatsapp-kanal',
    'unserem whatsapp-kanal',
    'whatsapp-kanal',
    'newsletter',
    'abonnieren sie',
    'jetzt abonnieren',
    'ihre e-mail-adresse',
    'in ihr postfach',
    'im postfach',
    'kostenlos abonnieren',
    'jetzt anmelden',
    'melden sie sich an',
    'im abo',
    'als e-paper',
    'per e-mail',
    'in ihren posteingang',
    'abmeldung jederzeit',
    'jederzeit abbestellen',
    'jederzeit abbestellbar',
    'kein spam',
  ],
  fr: [
    'soyez les premiers informés',
    'soyez le premier informé',
    'ne ratez plus',
    'ne manquez plus',
    'notre chaîne whatsapp',
    'sur votre whatsapp',
    'notre canal telegram',
    'newsletter',
    'lettre d’information',
    "lettre d'information",
    'notre lettre',
    'abonnez-vous',
    'inscrivez-vous',
    'votre adresse e-mail',
    'votre adresse email',
    'dans votre boîte',
    'dans votre boîte mail',
    'par e-mail chaque',
    'désinscription à tout moment',
    'vous désinscrire à tout moment',
    'pas de spam',
  ],
  es: [
    'sé el primero en enterarte',
    'entérate antes que nadie',
    'no te pierdas',
    'no se pierda',
    'en tu whatsapp',
    'nuestro canal de whatsapp',
    'nuestro canal de telegram',
    'newsletter',
    'boletín',
    'suscríbete',
    'suscribete',
    'suscríbase',
    'apúntate',
    'apúntese',
    'tu correo electrónico',
    'tu email',
    'en tu bandeja',
    'en tu correo',
    'en su correo',
    'darte de baja cuando quieras',
    'darte de baja en cualquier momento',
    'sin spam',
  ],
  it: [
    'per essere i primi a sapere',
    'non perderti',
    'nostro canale whatsapp',
    'sul tuo whatsapp',
    'nostro canale telegram',
    'newsletter',
    'lettera settimanale',
    'iscriviti alla lettera',
    'iscriviti',
    'abbonati',
    'la tua email',
    'il tuo indirizzo email',
    'nella tua casella',
    'nella tua email',
    'nella tua casella di posta',
    'cancellarti in qualsiasi momento',
    'disiscriverti in qualsiasi momento',
    'niente spam',
    'nessuno spam',
  ],
  pt: [
    'seja o primeiro a saber',
    'não perca',
    'no seu whatsapp',
    'nosso canal no whatsapp',
    'canal do whatsapp',
    'nosso canal no telegram',
    'newsletter',
    'assine a',
    'inscreva-se',
    'subscreva',
    'seu e-mail',
    'o seu email',
    'na sua caixa',
    'no seu e-mail',
    'no seu email',
    ...['receba no email', 'receba no e-mail', 'receba por email', 'receba por e-mail'],
    'cancelar a inscrição a qualquer momento',
    'descadastrar a qualquer momento',
    'sem spam',
  ],
  pl: [
    'dowiaduj się pierwszy',
    'jako pierwszy dowiesz się',
    'nie przegap',
    'nasz kanał na whatsapp',
    'nasz kanał na telegramie',
    'newsletter',
    'zapisz się',
    'do subskrypcji',
    'subskrybuj',
    'twój adres e-mail',
    'twój e-mail',
    'na swoją skrzynkę',
    'na twoją skrzynkę',
    'na twój e-mail',
    'wypisać się w każdej chwili',
    'wypisać się można w każdej chwili',
    'bez spamu',
  ],
  nl: [
    'als eerste op de hoogte',
    'mis niets',
    'mis nooit',
    'ons whatsapp-kanaal',
    'in je whatsapp',
    'nieuwsbrief',
    'schrijf je in',
    'abonneer',
    'je e-mailadres',
    'uw e-mailadres',
    'in je inbox',
    'in uw inbox',
    'in je mailbox',
    'afmelden kan altijd',
    'je kunt je altijd afmelden',
    'geen spam',
  ],
  tr: [
    'ilk siz haberdar olun',
    'ilk sen haberdar ol',
    'hiçbir haberi kaçırmayın',
    'gündemi kaçırmayın',
    'whatsapp kanalımız',
    'telegram kanalımız',
    'bültenimiz',
    'bültene abone',
    'bültenine abone',
    'e-bülten',
    'haftalık bülten',
    'günlük bülten',
    'e-posta adresiniz',
    'e-postanız',
    'e-posta kutunuz',
    'gelen kutunuz',
    'abone olun',
    'kaydolun',
    'istediğiniz zaman abonelikten',
    'spam yok',
  ],
  cs: [
    'nic vám neuteče',
    'nechcete přijít o',
    'náš kanál na whatsappu',
    'náš kanál na telegramu',
    'přihlaste se k odběru',
    'přihlásit se k odběru',
    'přihlásit k odběru',
    'přihlášení k odběru',
    'odebírat newsletter',
    'odebírejte',
    'váš e-mail',
    'vaše e-mailová adresa',
    'vaši e-mailovou adresu',
    'do vaší schránky',
    'do vaší e-mailové schránky',
    'odhlásit se můžete kdykoli',
    'kdykoli se můžete odhlásit',
    'žádný spam',
  ],
  zh: [
    'whatsapp频道',
    'telegram频道',
    '第一时间接收',
    '第一时间获取',
    '第一時間獲取',
    '关注我们的微信公众号',
    '我们的公众号',
    '订阅',
    '訂閱',
    '电子报',
    '電子報',
    '邮件地址',
    '電郵',
    '您的邮箱',
    '你的邮箱',
    '您的郵箱',
    '電子信箱',
    '设为星标',
    '設為星標',
    '加星标',
    '加星標',
    '随时退订',
    '隨時退訂',
    '可随时取消订阅',
  ],
  ja: [
    'メールでお知らせ',
    'いち早くお知らせ',
    'いち早くお届け',
    '公式line',
    'line公式アカウント',
    'ニュースレター',
    'メルマガ',
    'メールマガジン',
    '購読',
    'メールアドレス',
    '登録する',
    'メールでお届け',
    'メールで配信',
    'ダイジェスト',
    '登録はこちら',
    '無料で登録',
    'お届けします',
    'メールで届け',
    'いつでも配信停止',
    '配信停止はいつでも',
  ],
};

/**
 * A paywall's or login box's question to the reader about their subscription ("Already a
 * subscriber? Log in", "Noch kein Abo?"). Matched with the question mark, spaces before it removed.
 */
export const SUBSCRIBER_QUESTION: PhraseList = {
  en: [
    'already have an account?',
    'already a subscriber?',
    'already subscribed?',
    'already a member?',
    'not a subscriber yet?',
    'not yet a subscriber?',
    'not a subscriber?',
  ],
  ru: [
    'уже есть аккаунт?',
    'уже зарегистрированы?',
    'уже подписаны?',
    'уже есть подписка?',
    'уже подписчик?',
    'ещё не подписаны?',
    'еще не подписаны?',
  ],
  uk: [
    'вже маєте акаунт?',
    'вже зареєстровані?',
    'вже підписані?',
    'вже маєте підписку?',
    'вже передплатник?',
    'ще не підписані?',
  ],
  de: [
    'schon registriert?',
    'bereits registriert?',
    'bereits abonnent?',
    'schon abonnent?',
    'bereits abonniert?',
    'noch kein abo?',
    'noch kein abonnent?',
    'bereits dabei?',
    'schon dabei?',
  ],
  fr: [
    'déjà un compte?',
    'vous avez déjà un compte?',
    'déjà abonné?',
    'déjà abonnée?',
    'déjà abonné(e)?',
    'déjà abonné·e?',
    'déjà abonné.e?',
    'pas encore abonné?',
    'pas encore abonnée?',
    'déjà membre?',
  ],
  es: [
    'ya tienes cuenta?',
    'ya tienes una cuenta?',
    'ya eres suscriptor?',
    'ya eres suscriptora?',
    'ya estás suscrito?',
    'ya eres socio?',
    'ya eres socia?',
    'no eres suscriptor?',
    'aún no eres suscriptor?',
  ],
  it: [
    'hai già un account?',
    'sei già abbonato?',
    'sei già abbonata?',
    'già abbonato?',
    'già abbonata?',
    'non sei ancora abbonato?',
  ],
  pt: [
    'já tem conta?',
    'já tem uma conta?',
    'já é assinante?',
    'já és assinante?',
    'ainda não é assinante?',
    'já é sócio?',
    'já é membro?',
  ],
  pl: [
    'masz już subskrypcję?',
    'masz już prenumeratę?',
    'jesteś już subskrybentem?',
    'nie masz jeszcze subskrypcji?',
  ],
  nl: [
    'heb je al een account?',
    'al een account?',
    'al abonnee?',
    'nog geen abonnee?',
    'ben je al abonnee?',
    'bent u al abonnee?',
    'al lid?',
  ],
  tr: [
    'zaten abone misiniz?',
    'zaten üye misiniz?',
    'hesabınız var mı?',
    'hesabınız yok mu?',
    'abone değil misiniz?',
  ],
  cs: [
    'už jste předplatitel?',
    'již jste předplatitel?',
    'máte už účet?',
    'už máte účet?',
    'ještě nemáte předplatné?',
  ],
  zh: [
    '已经是订阅用户？',
    '已是订阅用户？',
    '已是会员？',
    '已经是会员？',
    '還不是會員？',
    '还不是会员？',
    '已訂閱？',
    '已订阅？',
  ],
  ja: ['すでに会員の方', '既に会員の方', '会員の方はこちら', 'すでに購読中の方', '既に購読中の方'],
};

/**
 * A paywall's meter: how many free articles the reader has used ("You have read 3 of 5 free articles
 * this month", "Je hebt 4 van de 5 gratis artikelen gelezen", "本月您已阅读3/5篇免费文章"): a count
 * out of a count (or "your third free story", "encore 2 articles offerts"), a word for free and one
 * for articles, in one short line.
 */
export const METER_COUNT =
  /(?<![\p{L}])(?:te quedan|le quedan|you have|il vous reste|ti restano|le restano|restam-lhe|zostało ci|zostały ci|осталось|у вас осталось|залишилося|у вас залишилося)\s+\d+|(?:\d+|(?<![\p{L}])(?:one|einen|eines|ein|un|une|uno|una|um|uma|jeden|jedną|один|одну|одна|één)\s)\s*(?:of|out of|з|із|из|von|van(?:\s+de)?|de|di|su|sur|z|na|\/|／)\s*\d+|已阅读\s*\d|已閱讀\s*\d|残り\s*\d|\byour\s+(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+free|(?<![\p{L}])(?:encore|noch|nog|ancora|ainda|todavía|jeszcze|ещё|еще|ще)\s+\d+\s/iu;
export const METER_FREE =
  /free|безкоштовн|бесплатн|kostenlos|gratis|gratuit|offert|darmow|bezpłatn|免费|免費|無料/i;
export const METER_ARTICLES =
  /articl|artikel|матеріал|материал|стат(?:ей|ьи|ті|тей)|artículo|articol|artigo|artykuł|tekst|文章|記事|篇|本|stor(?:y|ies)|news|noticia|notícia|notizi|beitr[aä]g|bericht|wiadomo|nieuws|новост|новин/i;

/** Share bars and follow prompts. */
export const SHARE: PhraseList = {
  en: [
    'share this',
    'share on',
    'share article',
    'share via',
    'tweet this',
    'follow us on',
    'share:',
    'email this',
    'copy link',
    'print this',
  ],
  ru: ['поделиться', 'поделитесь', 'подписывайтесь на нас', 'читайте нас в'],
  uk: ['поділитися', 'поділіться', 'підписуйтесь на нас', 'читайте нас у'],
  de: ['teilen', 'artikel teilen', 'folgen sie uns', 'link kopieren'],
  fr: ['partager', 'partagez', 'suivez-nous', 'copier le lien'],
  es: ['compartir', 'comparte', 'síguenos', 'copiar enlace'],
  it: ['condividi', 'seguici', 'copia link'],
  pt: ['compartilhar', 'partilhar', 'compartilhe', 'partilhe', 'siga-nos', 'copiar link'],
  pl: ['udostępnij', 'podziel się', 'obserwuj nas', 'kopiuj link'],
  nl: ['delen', 'deel dit', 'volg ons', 'kopieer link'],
  tr: ['paylaş', 'paylaşın', 'bizi takip edin', 'linki kopyala', 'bağlantıyı kopyala'],
  cs: ['sdílet', 'sdílejte', 'sledujte nás', 'kopírovat odkaz', 'zkopírovat odkaz'],
  zh: ['分享', '分享到', '关注我们', '關注我們'],
  ja: ['シェア', 'シェアする', 'ツイート', 'フォローする', '記事を共有', 'リンクをコピー'],
};

/** Reader-feedback prompts ("Was this article helpful?", "Fehler gefunden? Schreiben Sie uns …"). */
export const FEEDBACK: PhraseList = {
  en: [
    ...['found an error?', 'spotted a mistake?', 'found a mistake?', 'spotted an error?', 'found a typo?'],
    'was this article helpful',
    'was this helpful',
    'did you find this',
    'rate this article',
    'tell us what you think',
    'we want to hear what you think',
    'submit a letter to the editor',
  ],
  ru: [
    ...['нашли ошибку?', 'заметили ошибку?'],
    'была ли статья полезной',
    'была ли эта статья полезной',
    'была ли эта новость полезной',
    'эта статья была полезной',
    'эта новость была вам полезна',
    'эта новость была полезной',
    'оцените статью',
    'вам помогла',
  ],
  uk: [
    ...['знайшли помилку?', 'помітили помилку?'],
    'чи була стаття корисною',
    'чи була ця стаття корисною',
    'чи була ця новина корисною',
    'ця новина була корисною',
    'ця стаття була корисною',
    'оцініть статтю',
  ],
  de: [
    ...['fehler gefunden?', 'einen fehler entdeckt?', 'fehler entdeckt?'],
    'war der artikel nützlich',
    'war dieser artikel hilfreich',
    'war der artikel hilfreich',
    'hat ihnen dieser artikel geholfen',
    'hat dir dieser artikel geholfen',
    'artikel bewerten',
    'teilen sie uns ihre erfahrungen',
  ],
  fr: [
    ...['vous avez repéré une erreur', 'signaler une erreur'],
    'cet article vous a-t-il été utile',
    'cet article vous a été utile',
    'cette information vous a-t-elle été utile',
    'notez cet article',
  ],
  es: [
    ...['¿has visto un error?', '¿encontraste un error?', '¿has encontrado un error?', '¿viste algún error?'],
    'te ha resultado útil',
    'te resultó útil',
    'valora este artículo',
    '¿te fue útil',
    'te ha servido esta noticia',
    'te ha servido este artículo',
    'te ha servido esta información',
    'le ha servido esta noticia',
  ],
  it: [
    ...['hai trovato un errore?', 'segnala un errore', 'hai notato un errore?'],
    'questo articolo ti è stato utile',
    'ti è stato utile',
    'ti è stata utile',
    'valuta questo articolo',
  ],
  pt: [
    ...[
      'encontrou um erro?',
      'viu um erro?',
      'encontrou algum erro?',
      'viu algum erro?',
      'comunique a redação',
    ],
    'este artigo foi útil',
    'esta notícia foi útil',
    'a notícia foi útil?',
    'esta notícia te ajudou',
    'avalie este artigo',
  ],
  pl: [
    ...['znalazłeś błąd?', 'zauważyłeś błąd?'],
    'czy ten artykuł był pomocny',
    'czy ten artykuł był przydatny',
    'oceń artykuł',
  ],
  nl: [
    ...['fout gezien?', 'fout ontdekt?'],
    'was dit artikel nuttig',
    'was dit artikel handig',
    'beoordeel dit artikel',
  ],
  tr: [
    'bu haber faydalı oldu mu',
    'bu yazı faydalı oldu mu',
    'bu içerik faydalı oldu mu',
    'haberi değerlendirin',
  ],
  cs: [
    'byl pro vás tento článek užitečný',
    'byl tento článek užitečný',
    'byl článek užitečný',
    'ohodnoťte článek',
  ],
  zh: [
    ...['这篇文章有帮助吗', '這篇文章有幫助嗎', '这篇文章对你有帮助吗', '这条新闻对你有帮助吗', '文章评分'],
    // "Found this useful? Give the reporter a like": a rating prompt.
    ...['觉得这篇报道有用', '覺得這篇報導有用', '给记者点个赞', '給記者點個讚'],
  ],
  ja: ['この記事は役に立ちましたか', '記事を評価'],
};

/** Headings of blocks that are about the page, not the article: author bios, tables of contents. */
export const ASIDE_HEADINGS: PhraseList = {
  en: [
    'about the author',
    'about the authors',
    'about the writer',
    'about the reporter',
    'table of contents',
    'contents',
    'in this article',
  ],
  ru: ['об авторе', 'об авторах', 'содержание', 'оглавление'],
  uk: ['про автора', 'про авторку', 'про авторів', 'зміст'],
  de: [
    'über den autor',
    'über die autorin',
    'über die autoren',
    'inhaltsverzeichnis',
    'inhalt',
    'themen im artikel',
  ],
  fr: [
    "à propos de l'auteur",
    'à propos de l’auteur',
    "à propos de l'autrice",
    'à propos de l’autrice',
    "à propos de l'auteure",
    'à propos de l’auteure',
    'sommaire',
    'table des matières',
  ],
  es: ['sobre el autor', 'sobre la autora', 'sobre los autores', 'acerca del autor', 'índice', 'contenido'],
  it: ["sull'autore", 'sull’autore', "sull'autrice", 'sull’autrice', 'sugli autori', 'indice', 'sommario'],
  pt: ['sobre o autor', 'sobre a autora', 'sobre os autores', 'índice', 'conteúdo'],
  pl: ['o autorze', 'o autorce', 'o autorach', 'spis treści'],
  nl: ['over de auteur', 'over de auteurs', 'over de schrijver', 'inhoudsopgave'],
  tr: ['yazar hakkında', 'içindekiler', 'i\u0307çindekiler'],
  cs: ['o autorovi', 'o autorce', 'o autorech', 'obsah'],
  zh: ['关于作者', '關於作者', '作者简介', '作者簡介', '记者简介', '目录', '目錄'],
  ja: ['著者について', '筆者について', '著者プロフィール', '筆者プロフィール', '記者プロフィール', '目次'],
};

/**
 * A typo-report prompt ("Нашли опечатку? Выделите текст и нажмите Ctrl+Enter"): the key chord is
 * what the page's script listens for, so the line is the page's, in any language.
 */
export const TYPO_REPORT = /ctrl\s*\+\s*enter|ctrl-enter|ctrl\s*\+\s*ввод/i;

/**
 * The statutory label a Russian "foreign agent" outlet must put on every text ("Данное сообщение
 * (материал) создано и (или) распространено иностранным средством массовой информации, выполняющим
 * функции иностранного агента …"), often in capitals; a story about the law quotes it in quote marks.
 */
export const FOREIGN_AGENT_LABEL =
  /(?:создано и \(или\) распространено|распространено иностранным|выполняющим функции иностранного агента|виконує функції іноземного агента)/i;

/** App download prompts; they count only with a store or platform name. */
export const APP_PROMO =
  /\b(?:download|get|install|herunterladen|laden sie|télécharge[rz]?|descarga|descargue|scarica|baixe|pobierz)\b.{0,80}\b(?:app|apps|application|aplicación|applicazione|aplicativo|aplikacj\w*)\b.{0,60}\b(?:ios|android|app store|google play|iphone)\b/i;

/**
 * A promo for the outlet's podcast ("Luister ook naar onze podcast Polderpraat, elke donderdag nieuw",
 * "Ouça o podcast Café com Notícia, toda sexta-feira"): a listen verb and the word podcast in one line.
 */
export const PODCAST_PROMO =
  /(?<![\p{L}])(?:listen|hören sie|hör|écoutez|écouter|escucha|escuche|ascolta|ascoltate|ouça|ouve|posłuchaj|słuchaj|luister|слушайте|послушайте|слухайте|послухайте)(?![\p{L}]).{0,40}(?<![\p{L}])(?:podcast|podcasts|podcastu|подкаст\p{L}*)(?![\p{L}])/iu;

/**
 * An app offered for download with no store named ("Download the Ledger app", "下载鹭城新闻客户端",
 * "アプリをダウンロード", "Scarica la nostra app"): a verb of downloading and the app's noun, in either
 * order, close together.
 */
const APP_VERB =
  '(?:download|install|scarica|installa|baixe|baixa|instale|descarga|descargue|instala|télécharge[rz]?|installez|lade|laden|herunterladen|installiere|installieren|pobierz|zainstaluj|скачайте|скачать|скачивайте|установите|завантажте|завантажуйте|встановіть|installeer|indir|yükle|stáhněte|stáhnout|nainstalujte)';
const APP_NOUN = String.raw`(?:app|apps|application|applicazione|aplicativo|aplicación|appli|anwendung|aplikac\p{L}*|приложени\p{L}*|застосун\p{L}*|додат\p{L}*|uygulama\p{L}*)`;
export const APP_DOWNLOAD = new RegExp(
  String.raw`(?<![\p{L}])(?:${APP_VERB}(?![\p{L}]).{0,40}?(?<![\p{L}])${APP_NOUN}|${APP_NOUN}(?![\p{L}]).{0,30}?(?<![\p{L}])${APP_VERB})(?![\p{L}])|(?:下载|下載|安装|安裝).{0,12}?(?:客户端|客戶端|app|应用|應用)|アプリ.{0,8}?(?:ダウンロード|インストール)`,
  'iu',
);

/** "Our" before the app's noun: the outlet offering its own ("our app", "unsere App", "我们的"). */
export const OWN_APP =
  /(?<![\p{L}])(?:our|unsere[rnm]?|notre|nuestra|nossa|nostra|naszą|nasza|наше|нашем|наш|наш[уі]м?|onze|uygulamamız|naši|naše)(?![\p{L}])|我们的|我們的|本社/iu;

/**
 * Invitations to follow the outlet elsewhere or get its news there ("Vuoi ricevere … Scrivici su
 * WhatsApp"); they count only next to a network's name.
 */
export const FOLLOW: PhraseList = {
  en: [
    ...['want to receive', 'message us'],
    'follow us',
    'follow the',
    'join us on',
    'join our',
    'subscribe to our',
    'find us on',
    'like us on',
  ],
  ru: [
    ...['хотите получать', 'напишите нам'],
    'подписывайтесь',
    'подпишитесь',
    'присоединяйтесь',
    'следите за нами',
    'в нашем telegram',
    'в нашем канале',
  ],
  uk: [
    ...['хочете отримувати', 'напишіть нам'],
    'підписуйтесь',
    'підпишіться',
    'приєднуйтесь',
    'стежте за нами',
    'у нашому telegram',
    'у нашому каналі',
  ],
  de: [
    ...['möchten sie die', 'schreiben sie uns'],
    'folgen sie',
    'folge uns',
    'abonnieren sie',
    'besuchen sie uns',
  ],
  fr: [
    ...['vous voulez recevoir', 'écrivez-nous'],
    'suivez-nous',
    'suivez nous',
    'rejoignez-nous',
    'abonnez-vous',
  ],
  es: [
    ...['quieres recibir', 'escríbenos'],
    'síguenos',
    'siguenos',
    'únete',
    'unete',
    'suscríbete',
    'mira lo que tiene',
    'nuestro canal',
  ],
  it: [...['vuoi ricevere', 'scrivici'], 'seguici', 'iscriviti', 'unisciti'],
  pt: [
    ...['quer receber', 'escreva-nos'],
    'siga-nos',
    'siga o',
    'inscreva-se',
    'junte-se',
    'entre no canal',
    'entre no nosso canal',
  ],
  pl: [...['chcesz otrzymywać', 'napisz do nas'], 'obserwuj nas', 'dołącz do nas', 'subskrybuj'],
  nl: [...['wil je elke', 'stuur ons'], 'volg ons', 'word lid van'],
  tr: ['bizi takip edin', 'takip edin', 'abone olun', 'kanalımıza katılın'],
  cs: ['sledujte nás', 'sledujte', 'přidejte se', 'připojte se', 'odebírejte'],
  zh: ['关注我们', '關注我們', '加入我们', '扫码关注', '长按识别', '長按識別'],
  ja: ['フォロー', '登録してください', '友だち追加', '友達追加', 'lineで受け取る', 'lineで受け取れます'],
};

/**
 * Networks and channels named by follow prompts. Edges are letters of the spaced scripts (\b sees
 * none beside Cyrillic), so a name set in Japanese or Chinese text counts ("LINEでも配信中").
 */
export const NETWORK_NAMES =
  /(?<![a-z\u00c0-\u024f\u0400-\u04ff\d])(?:twitter|x\.com|facebook|instagram|youtube|telegram|tiktok|whatsapp|linkedin|threads|bluesky|mastodon|vk|вконтакте|телеграм|weibo)(?![a-z\u00c0-\u024f\u0400-\u04ff\d])|微博|微信/iu;

/** The LINE messenger, in capitals: "follow the line of the wall" names no network. */
export const LINE_APP = /(?<![A-Za-z])LINE(?![A-Za-z])/;

/** Teasers that point away from the article: read more, related, most read. */
export const RELATED: PhraseList = {
  en: [
    'read more',
    'read also',
    'also read',
    'related:',
    'related articles',
    'related stories',
    'see also',
    'most read',
    'most popular',
    'more from',
    'recommended for you',
    'you may also like',
    'you might also like',
    'more stories',
    'further reading',
    'trending now',
    'continue reading',
    'click here to read',
    'also of interest:',
    'also interesting:',
    'you may also be interested',
  ],
  ru: [
    'читайте также',
    'читайте еще',
    'читайте ещё',
    'по теме',
    'самое читаемое',
    'популярное',
    'смотрите также',
    'еще по теме',
    'ещё по теме',
    'также интересно:',
    'вам может быть интересно:',
  ],
  uk: [
    'читайте також',
    'читайте ще:',
    'також цікаво:',
    'вас може зацікавити:',
    'по темі',
    'найпопулярніше',
    'дивіться також',
    'більше на тему',
  ],
  de: [
    'lesen sie auch',
    'lesen sie mehr',
    'auch lesen',
    'lies auch',
    'mehr dazu',
    'siehe auch',
    'mehr themen',
    'weitere artikel',
    'das könnte dich',
    'das könnte sie',
    'alle artikel zu',
    'weitere beiträge',
    'ähnliche artikel',
    'mehr zum thema',
    'weiterlesen',
    'das könnte sie auch interessieren',
    'meistgelesen',
    'auch interessant',
    'zum thema',
  ],
  fr: [
    'lire aussi',
    'à lire aussi',
    'lire la suite',
    'voir aussi',
    'sur le même sujet',
    'les plus lus',
    'les plus lues',
    'à lire également',
    'lire également',
    'à découvrir aussi',
    'à voir aussi',
    'aussi intéressant:',
    'aussi intéressant :',
    'ça pourrait vous intéresser',
  ],
  es: [
    'leer más',
    'lee también',
    'lea también',
    'vea también',
    'mira también',
    'lee más',
    'te recomendamos',
    'te puede interesar',
    'le puede interesar',
    'lo más leído',
    ...['más leídas', 'más leídos', 'lo más visto'],
    'noticias relacionadas',
    'ver también',
    'también te puede interesar',
    'también interesante:',
    'lee además:',
  ],
  it: [
    'leggi anche',
    'leggi di più',
    'potrebbe interessarti',
    'i più letti',
    'le più lette',
    'articoli correlati',
    'vedi anche',
    'leggi ancora:',
    'da leggere anche',
    'ti potrebbe interessare',
    'anche interessante:',
  ],
  pt: [
    'leia também',
    'leia mais',
    'ver também',
    'veja mais',
    'veja também',
    'mais lidas',
    'mais lidos',
    'notícias relacionadas',
    'saiba mais',
    'leia ainda',
    'também interessante:',
    'pode interessar-lhe',
    'pode te interessar',
  ],
  pl: [
    'czytaj też',
    'czytaj także',
    'czytaj więcej',
    'zobacz też',
    'zobacz także',
    'najczęściej czytane',
    'polecamy',
    'czytaj również',
    'przeczytaj też',
    'przeczytaj także',
    'przeczytaj również',
    'zobacz również',
    'warto przeczytać',
    'też ciekawe:',
  ],
  nl: [
    'lees ook',
    'lees meer',
    'meest gelezen',
    'gerelateerde artikelen',
    'zie ook',
    'ook interessant:',
    'ook interessant om te lezen',
    'bekijk ook:',
    'meer over dit onderwerp',
  ],
  // A capital İ lower-cases to "i\u0307" (i and a combining dot): a Turkish label that opens with
  // it ("İlginizi çekebilir") is listed in that form too.
  tr: [
    'ilginizi çekebilir',
    'i\u0307lginizi çekebilir',
    'bunlar da ilginizi çekebilir',
    'en çok okunan',
    'ilgili haberler',
    'i\u0307lgili haberler',
    'benzer haberler',
    'diğer haberler',
    'çok okunanlar',
    'haberin devamı',
    'devamını oku',
    'devamı için tıklayın',
    'bunu da okuyun',
    'şunu da okuyun',
    'ayrıca okuyun',
    'daha fazla haber',
  ],
  cs: [
    'čtěte také',
    'čtěte též',
    'přečtěte si také',
    'přečtěte si též',
    'mohlo by vás zajímat',
    'mohlo by vás také zajímat',
    'související články',
    'související zprávy',
    'související:',
    'nejčtenější',
    'další zprávy',
    'další články',
    'číst dál',
    'číst více',
    'podívejte se také',
  ],
  zh: [
    '相关阅读',
    '相關閱讀',
    '延伸阅读',
    '延伸閱讀',
    '推荐阅读',
    '推薦閱讀',
    '热门文章',
    '熱門文章',
    '阅读更多',
    '你可能还喜欢',
    '猜你喜欢',
    '相关新闻',
    '相關新聞',
    '往期推荐',
    '往期推薦',
    '往期回顾',
    '往期回顧',
    '往期精选',
    '往期精選',
  ],
  ja: [
    '関連記事',
    'あわせて読みたい',
    '合わせて読みたい',
    'こちらもおすすめ',
    'こちらも読まれています',
    '関連ニュース',
    'もっと読む',
    '続きを読む',
    '人気記事',
    'おすすめ記事',
  ],
};

/**
 * Labels of a teaser link elsewhere on the site, set before a colon and the linked headline ("Also
 * on the Star: <link>", "Mehr zum Thema: <link>"). Prose opens with them too ("Also on Tuesday, …"),
 * so they count only with the colon and a link that makes up most of the line.
 */
/**
 * The label of an embedded video's title line ("Video: …", "【動画】…", "视频：…"), in the languages
 * newsclean reads (see `videoTeaser` in clean/related.ts).
 */
export const VIDEO_LABELS: PhraseList = {
  en: ['video', 'watch'],
  ru: ['видео', 'смотрите'],
  uk: ['відео', 'дивіться'],
  de: ['video', 'im video'],
  fr: ['vidéo', 'video'],
  es: ['vídeo', 'video'],
  it: ['video', 'guarda'],
  pt: ['vídeo', 'video', 'assista'],
  pl: ['wideo', 'film', 'zobacz wideo'],
  nl: ['video', 'bekijk'],
  tr: ['video', 'izle'],
  cs: ['video', 'podívejte se'],
  zh: ['视频', '視頻', '影片'],
  ja: ['動画', 'ビデオ', '映像'],
};

export const RELATED_LINK_LABELS: PhraseList = {
  en: ['also on', 'also in', 'also from', 'more on', 'elsewhere on', 'earlier on', 'from the archive'],
  ru: ['также на', 'также в', 'больше о', 'ранее на'],
  uk: ['також на', 'також у', 'також в', 'більше про', 'раніше на'],
  de: [
    'auch auf',
    'auch bei',
    'auch im',
    'mehr von',
    'mehr aus',
    'außerdem bei',
    'außerdem auf',
    'aus dem archiv',
  ],
  fr: ['aussi sur', 'aussi dans', 'également sur', 'à lire sur', 'plus sur', 'dans les archives'],
  es: ['también en', 'más sobre', 'más en', 'sobre el mismo tema', 'del archivo'],
  it: ['anche su', 'anche in', 'di più su', 'altro su', 'sullo stesso tema', "dall'archivio"],
  pt: ['também no', 'também na', 'mais sobre', 'sobre o mesmo tema', 'do arquivo'],
  pl: ['również w', 'również na', 'także w', 'także na', 'więcej o', 'więcej na', 'z archiwum'],
  nl: ['ook op', 'ook bij', 'ook in', 'meer over', 'meer van', 'uit het archief'],
  tr: ['ayrıca', 'konuyla ilgili', 'arşivden'],
  cs: ['také na', 'také v', 'více o', 'více na', 'z archivu'],
};

/**
 * Cookie and consent notices: the cookie word and consent words, the reader's agreeing by reading on
 * among them ("Ao continuar navegando, você concorda").
 */
export const COOKIE: PhraseList = {
  en: [
    'cookie',
    'we use cookies',
    'this website uses cookies',
    'accept all',
    'privacy policy',
    'consent',
    'you agree',
  ],
  ru: ['cookie', 'куки', 'файлы cookie', 'политик', 'соглашаетесь'],
  uk: ['cookie', 'куки', 'файли cookie', 'політик', 'погоджуєтеся'],
  de: [
    'cookie',
    'cookies',
    'datenschutz',
    'einwilligung',
    'alle akzeptieren',
    'stimmen sie',
    'erklären sie sich',
  ],
  fr: ['cookie', 'cookies', 'confidentialité', 'consentement', 'tout accepter', 'vous acceptez'],
  es: ['cookie', 'cookies', 'privacidad', 'consentimiento', 'aceptar todo', 'aceptas'],
  it: ['cookie', 'privacy', 'consenso', 'accetta tutto', 'accetti'],
  pt: ['cookie', 'cookies', 'privacidade', 'consentimento', 'aceitar todos', 'concorda'],
  pl: ['cookie', 'ciasteczk', 'prywatności', 'zgod', 'akceptuj', 'zgadzasz się'],
  nl: ['cookie', 'cookies', 'privacy', 'toestemming', 'alles accepteren', 'ga je akkoord'],
  tr: ['çerez', 'gizlilik politikası', 'kişisel veri', 'kvkk', 'aydınlatma metni', 'tümünü kabul et'],
  cs: ['cookie', 'cookies', 'souhlas', 'ochrany osobních údajů', 'ochrana osobních údajů', 'přijmout vše'],
  zh: ['cookie', '隐私政策', '隱私政策', '同意'],
  ja: ['cookie', 'クッキー', 'プライバシー', '同意'],
};

/**
 * What a site's cookies are for and the controls its notice offers: with the cookie word, a notice
 * that names no consent word ("… to measure reach and tailor offers. Change your choice in the settings").
 */
export const COOKIE_PURPOSE: PhraseList = {
  en: ['accept', 'preferences', 'settings', 'personalis', 'personaliz', 'analytics', 'opt out', 'advertis'],
  ru: ['согласи', 'настройк', 'принять', 'реклам', 'аналитик', 'персонализ'],
  uk: ['згод', 'налаштуван', 'прийняти', 'реклам', 'аналітик', 'персоналіз'],
  de: ['zustimmung', 'einstellungen', 'akzeptieren', 'reichweite', 'personalisier', 'widerruf', 'werbung'],
  fr: ['accepter', 'paramètres', 'préférences', 'publicité', "mesure d'audience", 'personnalis'],
  es: ['aceptar', 'configura', 'preferencias', 'anuncios', 'publicidad', 'personaliz', 'analizar el tráfico'],
  it: ['accetta', 'preferenze', 'impostazioni', 'pubblicità', 'personalizz'],
  pt: ['aceitar', 'preferências', 'definições', 'configurações', 'anúncios', 'publicidade', 'personaliz'],
  pl: ['ustawie', 'preferencj', 'reklam', 'personaliz', 'akceptuj'],
  nl: ['accepteren', 'instellingen', 'voorkeuren', 'advertenties', 'personalis'],
  tr: ['kabul', 'ayarlar', 'tercih', 'reklam', 'kişiselleştir', 'analitik'],
  cs: ['přijmout', 'nastavení', 'předvolb', 'reklam', 'personaliz', 'analytick'],
  zh: ['接受', '设置', '設定', '广告', '廣告', '个性化'],
  ja: ['設定', '広告', '受け入れ', 'パーソナライズ'],
};

/** Third-party services whose embeds sit behind a consent placeholder. */
export const EMBED_SERVICES =
  /\b(?:twitter|x\.com|youtube|instagram|facebook|vimeo|tiktok|spotify|soundcloud|google maps|podigee|datawrapper|flourish|podcast)\b/i;

/** Consent placeholders for embeds ("Twitter freischalten", "click to load the content"). */
export const EMBED_CONSENT: PhraseList = {
  en: [
    'click to load',
    'load content',
    'external content',
    'by loading',
    'third-party content',
    'to view this content',
    'enable embedded',
  ],
  ru: ['внешний контент', 'загрузить контент', 'сторонний контент'],
  uk: ['зовнішній контент', 'завантажити контент'],
  de: [
    'ohne dein einverständnis',
    'ohne ihr einverständnis',
    'ohne ihre zustimmung',
    'keine verbindung zu',
    'externe inhalte',
    'externer inhalt',
    'freischalten',
    'inhalt laden',
    'inhalte laden',
    'inhalt anzeigen',
  ],
  fr: ['contenu externe', 'charger le contenu', 'afficher le contenu'],
  es: ['contenido externo', 'cargar contenido', 'mostrar contenido'],
  it: ['contenuto esterno', 'contenuti esterni', 'carica contenuto', 'mostra contenuto'],
  pt: ['conteúdo externo', 'carregar conteúdo'],
  pl: ['treści zewnętrzne', 'zewnętrzne treści', 'załaduj treść'],
  nl: ['externe inhoud', 'inhoud laden'],
  tr: ['harici içerik', 'içeriği yükle', 'üçüncü taraf içerik'],
  cs: ['externí obsah', 'načíst obsah', 'zobrazit obsah'],
  zh: ['外部内容', '加载内容'],
  ja: ['外部コンテンツ', 'コンテンツを読み込む'],
};

/** Comment sections that slipped through without markup hints. */
/** A promotion's "now" ("Die aktuelle Ausgabe jetzt am Kiosk, im Abo und als E-Paper"), as whole words. */
export const PROMO_NOW: PhraseList = {
  en: ['now'],
  de: ['jetzt'],
  fr: ['maintenant'],
  es: ['ahora'],
  it: ['subito'],
  pt: ['agora'],
  ru: ['сейчас'],
  uk: ['зараз'],
  pl: ['teraz'],
  nl: ['nu'],
  tr: ['şimdi', 'hemen'],
  cs: ['nyní', 'teď', 'hned'],
  zh: ['现在', '（免费）', '(免费)'],
  ja: ['今すぐ', '（無料）', '(無料)'],
};

/**
 * Sign-up imperatives: a block that tells the reader to sign up speaks to them as surely as "you"
 * does ("Apúntate a nuestro boletín", "Iscriviti alla newsletter gratuita").
 */
export const SIGN_UP_NOW: PhraseList = {
  // The reader's own words on a button count too ('Mi iscrivo', 'Quero receber alertas').
  en: ['sign up', 'subscribe', 'get the newsletter', 'get our newsletter'],
  de: ['melden sie sich', 'abonnieren sie', 'melde dich', 'abonniere', 'anmelden', 'kostenlos anmelden'],
  fr: ['inscrivez-vous', 'abonnez-vous', 'inscris-toi', 'abonne-toi', "s'inscrire", "je m'inscris"],
  es: ['apúntate', 'apúntese', 'suscríbete', 'suscríbase', 'suscribete', 'me apunto', 'quiero recibirla'],
  it: ['iscriviti', 'iscrivetevi', 'abbonati alla', 'mi iscrivo', 'iscrivimi'],
  pt: ['inscreva-se', 'subscreva', 'assine a', 'assine o', 'quero receber', 'quero me inscrever'],
  ru: ['подпишитесь', 'подписывайтесь', 'подписаться'],
  uk: ['підпишіться', 'підписуйтесь', 'підписатися'],
  pl: ['zapisz się', 'zapiszcie się', 'subskrybuj'],
  nl: [
    'schrijf je in',
    'schrijf u in',
    'meld je aan',
    'meld u aan',
    'abonneer je',
    'aanmelden',
    'inschrijven',
  ],
  tr: ['abone olun', 'abone ol', 'kaydolun', 'kayıt olun', 'üye olun'],
  cs: ['přihlaste se', 'přihlas se', 'odebírejte', 'zaregistrujte se'],
  zh: ['立即订阅', '马上订阅'],
  ja: ['登録はこちら', 'ご登録ください', '無料ニュースレターに登録', 'ニュースレターに登録', '無料で登録'],
};

/**
 * Prompts of a comment form or section, specific enough to mark it wherever they stand in a short
 * block ("Leave a reply", "Comments are closed.", "Kommentar schreiben").
 */
export const COMMENTS: PhraseList = {
  en: [
    'leave a reply',
    'leave a comment',
    'must be logged in to',
    'log in to comment',
    'login to comment',
    'post a comment',
    'add a comment',
    'comments are closed',
    'your email address will not be published',
    'required fields are marked',
    'be the first to comment',
    'join the discussion',
    'view comments',
    'show comments',
    // Comments kept for paying readers ("Comments are reserved for subscribers").
    ...['comments are reserved for', 'comments are available to', 'comments are open to subscribers'],
    // Who may comment ('Only registered users can comment').
    ...['only registered users can comment', 'sign in to comment', 'log in or register to comment'],
  ],
  ru: [
    ...[
      'оставить комментарий',
      'оставьте комментарий',
      'добавить комментарий',
      'комментировать могут только',
    ],
    'будьте первым, кто оставит комментарий',
  ],
  uk: [
    ...['залишити коментар', 'залиште коментар', 'додати коментар', 'коментувати можуть лише'],
    'будьте першим, хто залишить коментар',
  ],
  de: [
    ...['kommentar schreiben', 'einloggen, um', 'hinterlasse einen kommentar', 'kommentare sind abonnenten'],
    ...['schreiben sie den ersten kommentar', 'sei der erste, der kommentiert'],
  ],
  fr: [
    ...['laisser un commentaire', 'ajouter un commentaire'],
    ...['participez au débat en', 'commentaires sont réservés', 'commentaires est réservé'],
    ...['soyez le premier à commenter', 'soyez la première à commenter'],
  ],
  es: [
    ...['deja un comentario', 'dejar un comentario', 'añadir comentario', 'comentarios están reservados'],
    ...['sé el primero en comentar', 'sé la primera en comentar', 'los comentarios pasan por moderación'],
  ],
  it: ['lascia un commento', 'aggiungi un commento', 'commenti sono riservati', 'commenta per primo'],
  pt: [
    ...['deixe um comentário', 'deixe uma resposta', 'adicionar comentário'],
    ...['comentários estão reservados', 'comentários são exclusivos'],
    ...['comentários estão disponíveis apenas para', 'comentários só estão disponíveis para'],
    ...['seja o primeiro a comentar', 'seja a primeira a comentar', 'seja a primeira pessoa a comentar'],
    'os comentários passam por moderação',
  ],
  pl: [
    ...['dodaj komentarz', 'zostaw komentarz', 'komentować mogą tylko', 'zaloguj się, aby skomentować'],
    ...['bądź pierwszy, który skomentuje', 'skomentuj jako pierwszy'],
  ],
  nl: ['laat een reactie achter', 'plaats een reactie', 'log in om te reageren', 'reageer als eerste'],
  tr: [
    'yorum yazın',
    'yorumunuzu yazın',
    'yorum bırakın',
    'yorum ekle',
    'yorum yapmak için giriş',
    'ilk yorumu siz yapın',
    'yorumlar kapalı',
  ],
  cs: [
    'přidat komentář',
    'napsat komentář',
    'napište komentář',
    'zanechte komentář',
    'komentáře jsou uzavřeny',
  ],
  zh: ['发表评论', '發表評論'],
  ja: ['コメントを書く'],
};

/**
 * The small print of a comment form, as blogging software prints it in each language ("Your email
 * address will not be published. Required fields are marked *"): a longer line than a prompt.
 */
export const COMMENT_FORM_NOTICE: PhraseList = {
  en: ['your email address will not be published', 'required fields are marked'],
  ru: [
    'ваш адрес email не будет опубликован',
    'ваш e-mail не будет опубликован',
    'обязательные поля помечены',
  ],
  uk: [
    'ваша адреса email не буде опублікована',
    'вашу адресу email не буде опубліковано',
    'обов’язкові поля позначені',
    "обов'язкові поля позначені",
  ],
  de: [
    'ihre e-mail-adresse wird nicht veröffentlicht',
    'deine e-mail-adresse wird nicht veröffentlicht',
    'erforderliche felder sind mit',
  ],
  fr: [
    'votre adresse e-mail ne sera pas publiée',
    'votre adresse de messagerie ne sera pas publiée',
    'les champs obligatoires sont indiqués',
  ],
  es: ['tu dirección de correo electrónico no será publicada', 'los campos obligatorios están marcados'],
  it: ['il tuo indirizzo email non sarà pubblicato', 'i campi obbligatori sono contrassegnati'],
  pt: [
    'o seu endereço de email não será publicado',
    'o seu endereço de e-mail não será publicado',
    'campos obrigatórios são marcados',
  ],
  pl: ['twój adres e-mail nie zostanie opublikowany', 'wymagane pola są oznaczone'],
  nl: [
    'je e-mailadres wordt niet gepubliceerd',
    'uw e-mailadres wordt niet gepubliceerd',
    'vereiste velden zijn gemarkeerd',
  ],
  tr: ['e-posta adresiniz yayınlanmayacak', 'e-posta hesabınız yayımlanmayacak', 'gerekli alanlar'],
  cs: ['vaše e-mailová adresa nebude zveřejněna', 'vyžadované informace jsou označeny'],
  zh: ['您的电子邮箱地址不会被公开', '您的邮箱地址不会被公开', '必填项已用'],
  ja: ['メールアドレスが公開されることはありません', 'は必須項目です'],
};

/**
 * A comment section's heading or link when it is the whole block ("Kommentare", "Réagir", "评论").
 * Inside a sentence these are ordinary words: "Die Polizei wollte das nicht kommentieren", "他拒绝评论",
 * "コメントを控えた" are reporting, and must not end the article.
 */
export const COMMENT_LABELS: PhraseList = {
  en: ['comments', 'responses'],
  ru: ['комментарии'],
  uk: ['коментарі'],
  de: ['kommentare', 'kommentieren', 'antworten'],
  fr: ['commentaires', 'réagir'],
  es: ['comentarios'],
  it: ['commenti'],
  pt: ['comentários'],
  pl: ['komentarze'],
  nl: ['reacties'],
  tr: ['yorumlar'],
  cs: ['komentáře', 'diskuse', 'diskuze'],
  zh: ['评论', '評論', '留言'],
  ja: ['コメント', 'コメントする'],
};

/**
 * Words that label a comment section's link or heading with its count ("Comments (3)", "12
 * Kommentare", "Diskussion (12)", "コメント（4）"). Only a count next to the word makes the marker:
 * "Diskussion" alone is a common word in articles.
 */
export const COMMENT_COUNT_WORDS: PhraseList = {
  en: ['comments', 'comment', 'responses', 'response', 'replies', 'reply', 'reactions', 'discussion'],
  ru: ['комментарии', 'комментариев', 'комментария', 'комментарий', 'обсуждение'],
  uk: ['коментарі', 'коментарів', 'коментаря', 'коментар', 'обговорення'],
  de: ['kommentare', 'kommentar', 'leserkommentare', 'diskussion', 'reaktionen'],
  fr: ['commentaires', 'commentaire', 'réactions', 'réaction', 'discussion'],
  es: ['comentarios', 'comentario', 'respuestas', 'discusión'],
  it: ['commenti', 'commento', 'discussione'],
  pt: ['comentários', 'comentário', 'respostas', 'discussão'],
  pl: ['komentarze', 'komentarzy', 'komentarz', 'dyskusja'],
  nl: ['reacties', 'reactie', 'discussie'],
  tr: ['yorum', 'yorumlar'],
  cs: ['komentáře', 'komentářů', 'komentář', 'diskuse', 'diskuze'],
  zh: ['评论', '評論', '留言', '条评论', '條評論', '讨论', '网友评论', '網友評論', '读者评论', '读者留言'],
  ja: ['コメント', '件のコメント', '読者コメント', 'この記事へのコメント', 'この記事へのご意見'],
};

/** Verbs a comment count's link may open with ("View 12 comments", "Kommentare anzeigen" aside). */
export const COMMENT_COUNT_VERBS: PhraseList = {
  en: ['view', 'show', 'read', 'see', 'load', 'view all', 'show all', 'read all', 'see all'],
  ru: ['показать', 'читать', 'смотреть', 'все'],
  uk: ['показати', 'читати', 'дивитися', 'всі', 'усі'],
  de: ['alle', 'zeige', 'zeigen', 'lesen'],
  fr: ['voir', 'afficher', 'lire', 'voir les', 'afficher les', 'lire les'],
  es: ['ver', 'leer', 'mostrar', 'ver los', 'leer los'],
  it: ['vedi', 'leggi', 'mostra', 'vedi i', 'leggi i', 'mostra i'],
  pt: ['ver', 'ler', 'mostrar', 'ver os', 'ler os'],
  pl: ['pokaż', 'zobacz', 'czytaj'],
  nl: ['bekijk', 'toon', 'lees', 'bekijk alle', 'toon alle', 'lees alle'],
  tr: ['tüm'],
  cs: ['zobrazit', 'číst', 'všechny'],
};

/**
 * Labels that mark an ad slot. Matched against the whole (short) block text, which may hold several
 * of them and ad ids, set off by dashes or brackets ("– Anzeige –", "[Advertisement]").
 */
export const AD_LABELS: PhraseList = {
  en: [
    'advertisement',
    'advertisements',
    'advertising',
    'advert',
    'advertorial',
    'sponsored',
    'sponsored content',
    'sponsored message',
    'paid content',
    'paid post',
    'partner content',
    'ad',
    'ads',
    'promoted',
    'story continues below advertisement',
    'article continues below advertisement',
    'continue reading below',
    'scroll to continue',
    'scroll to continue with content',
    'continued below',
    'story continues below',
    'ad space',
    'advertising space',
  ],
  ru: [
    'реклама',
    'на правах рекламы',
    'партнерский материал',
    'партнёрский материал',
    'продолжение после рекламы',
    'продолжение ниже',
  ],
  uk: [
    'реклама',
    'оголошення',
    'на правах реклами',
    'партнерський матеріал',
    'продовження після реклами',
    'продовження нижче',
  ],
  de: [
    'anzeige',
    'anzeigen',
    'werbung',
    'werbeanzeige',
    'gesponsert',
    'weiter nach der anzeige',
    'lesen sie nach der anzeige weiter',
    'artikel wird nach der anzeige fortgesetzt',
  ],
  fr: [
    'publicité',
    'pub',
    'annonce',
    'sponsorisé',
    'contenu sponsorisé',
    'contenu partenaire',
    'la suite après la publicité',
    'espace publicitaire',
  ],
  es: [
    'publicidad',
    'anuncio',
    'patrocinado',
    'contenido patrocinado',
    'espacio patrocinado',
    'sigue leyendo después del anuncio',
    'espacio publicitario',
  ],
  it: [
    'pubblicità',
    'adv',
    'annuncio',
    'sponsorizzato',
    'contenuto sponsorizzato',
    'continua a leggere dopo la pubblicità',
    'spazio pubblicitario',
  ],
  pt: [
    'publicidade',
    'anúncio',
    'patrocinado',
    'conteúdo patrocinado',
    'espaço patrocinado',
    'continua após a publicidade',
    'espaço publicitário',
  ],
  pl: [
    'reklama',
    'ogłoszenie',
    'materiał sponsorowany',
    'materiał reklamowy',
    'materiał partnera',
    'treść sponsorowana',
    'artykuł sponsorowany',
    'dalsza część artykułu pod reklamą',
  ],
  nl: ['advertentie', 'reclame', 'gesponsord', 'gesponsorde inhoud', 'lees verder na de advertentie'],
  tr: [
    'reklam',
    'sponsorlu',
    'sponsorlu içerik',
    'reklam alanı',
    'ilan',
    'i\u0307lan',
    'haber reklamdan sonra devam ediyor',
  ],
  cs: [
    'reklama',
    'inzerce',
    'komerční sdělení',
    'sponzorováno',
    'sponzorovaný obsah',
    'pr článek',
    'článek pokračuje pod reklamou',
  ],
  sv: ['annons'],
  zh: ['广告', '廣告', '赞助', '推广', '赞助内容'],
  ja: ['広告', 'スポンサー', 'スポンサーリンク', 'pr'],
  ko: ['광고'],
};

/** Datelines that open a post ("Posted on 3 February 2025 by …"); they belong to metadata. */
export const DATELINE_PREFIXES: PhraseList = {
  en: ['posted on', 'posted', 'published', 'updated', 'last updated', 'first published', 'news date'],
  ru: ['опубликовано', 'обновлено', 'дата публикации'],
  uk: ['опубліковано', 'оновлено', 'дата публікації'],
  de: [
    'veröffentlicht',
    'aktualisiert',
    'erschienen am',
    'erstellt am',
    'dieser eintrag wurde',
    'stand:',
    'veröffentlichung:',
  ],
  fr: ['publié le', 'publié', 'mis à jour'],
  es: ['publicado', 'actualizado'],
  it: ['pubblicato', 'aggiornato'],
  pt: ['publicado', 'atualizado', 'actualizado'],
  pl: ['opublikowano', 'aktualizacja', 'zaktualizowano'],
  nl: ['gepubliceerd', 'bijgewerkt'],
  tr: ['yayınlanma', 'yayımlanma', 'yayınlandı', 'güncelleme', 'güncellendi'],
  cs: ['publikováno', 'aktualizováno', 'vydáno'],
  zh: ['发布时间', '發佈時間', '发表于', '更新时间'],
  ja: ['公開日', '更新日', '投稿日'],
};

/** Image-optimizer and photo credits, and bylines: they belong to metadata, not text. */
export const CREDIT_PREFIXES: PhraseList = {
  en: [
    'optimized by',
    'optimised by',
    'photo:',
    'photo by',
    'photos:',
    'image:',
    'image by',
    'credit:',
    'picture:',
    'illustration:',
    'source:',
    'photograph:',
    'cover image:',
    'header image:',
    'featured image:',
    'top image:',
    'lead image:',
    'by ',
    'written by',
    'reporting by',
  ],
  ru: [
    'фото:',
    'фото ',
    'иллюстрация:',
    'источник:',
    'автор:',
    'текст:',
    'фото на обложке:',
    'заглавное фото:',
  ],
  uk: ['фото:', 'фото ', 'ілюстрація:', 'джерело:', 'автор:', 'головне фото:', 'фото на обкладинці:'],
  de: [
    'foto:',
    'fotos:',
    'bild:',
    'bildquelle:',
    'quelle:',
    'von ',
    'text:',
    'titelbild:',
    'titelfoto:',
    'beitragsbild:',
    'aufmacherbild:',
    'headerbild:',
  ],
  fr: [
    'photo :',
    'photo:',
    'crédit :',
    'crédit:',
    'crédits photos',
    'crédit photo',
    'image :',
    'par ',
    'photo de une :',
    'photo de couverture :',
    'illustration :',
  ],
  es: [
    'foto:',
    'fotos:',
    'fotografía:',
    'imagen:',
    'crédito:',
    'por ',
    'foto de portada:',
    'imagen de portada:',
    'imagen destacada:',
  ],
  it: [
    'foto:',
    'fotografia:',
    'immagine:',
    'credito:',
    'di ',
    'foto di copertina:',
    'immagine di copertina:',
    'in copertina:',
  ],
  pt: [
    'foto:',
    'fotos:',
    'fotografia:',
    'imagem:',
    'crédito:',
    'por ',
    'foto de capa:',
    'imagem de capa:',
    'imagem destacada:',
  ],
  pl: ['fot.', 'foto:', 'zdjęcie:', 'źródło:', 'autor:', 'zdjęcie główne:', 'zdjęcie tytułowe:'],
  nl: ['foto:', 'beeld:', 'bron:', 'door ', 'coverfoto:', 'omslagfoto:', 'headerfoto:'],
  tr: [
    'fotoğraf:',
    'foto:',
    'görsel:',
    'kaynak:',
    'haber:',
    'yazan:',
    'muhabir:',
    'kapak fotoğrafı:',
    'kapak görseli:',
  ],
  cs: ['foto:', 'fotografie:', 'zdroj:', 'autor:', 'text:', 'ilustrace:', 'ilustrační foto', 'titulní foto:'],
  zh: [
    '图片来源',
    '圖片來源',
    '摄影',
    '攝影',
    '作者：',
    '记者',
    '题图',
    '題圖',
    '封面图片',
    '封面圖片',
    // The editor's line Chinese portals put under a story ("责任编辑：刘洋_NL5521", "（责任编辑：王晓）").
    '责任编辑',
    '責任編輯',
    '(责任编辑',
    '（责任编辑',
    '【责任编辑',
    '编辑：',
    '編輯：',
    ...['【编辑：', '（编辑：', '(编辑：', '【編輯：', '（編輯：'],
  ],
  ja: [
    '写真：',
    '写真:',
    '撮影',
    '提供：',
    '文：',
    'トップ画像：',
    'トップ写真：',
    'アイキャッチ画像：',
    '編集：',
  ],
};

/** Blog post footers: where the post was filed and how it was tagged; matched anywhere in a short tail block. */
export const POST_FOOTER: PhraseList = {
  en: ['filed under', 'tagged with', 'this entry was posted', 'bookmark the permalink', 'permalink'],
  ru: ['запись опубликована в рубрике', 'добавить в закладки ссылку'],
  uk: ['запис опубліковано в рубриці'],
  de: ['abgelegt unter', 'verschlagwortet mit', 'permanentlink', 'lesezeichen auf den permalink'],
  fr: ['classé dans', 'ajouter aux favoris le permalien', 'permalien'],
  es: ['archivado en', 'publicado en la categoría', 'guarda el enlace permanente'],
  it: ['archiviato in', 'aggiungi ai segnalibri il permalink'],
  pt: ['arquivado em', 'adicione o link permanente'],
  pl: ['opublikowano w kategorii', 'dodaj do zakładek bezpośredni odnośnik'],
  nl: ['gearchiveerd onder', 'bookmark de permalink'],
  tr: ['kategorisinde yayınlandı', 'kalıcı bağlantı'],
  cs: ['trvalý odkaz', 'rubrika:'],
  zh: ['固定链接'],
  ja: ['パーマリンク'],
};

/** Post-footer openings that prose also uses mid-sentence ("posted in a tweet"): matched only at the start. */
export const POST_FOOTER_STARTS: PhraseList = {
  en: ['posted in', 'categories:', 'category:', 'tags:'],
  ru: ['рубрика:', 'метки:', 'рубрики:'],
  uk: ['рубрика:', 'мітки:'],
  de: ['kategorie:', 'kategorien:', 'schlagwörter:', 'schlagworte:'],
  fr: ['publié dans', 'catégorie :', 'catégories :', 'catégorie:', 'étiquettes :'],
  es: ['publicado en', 'categoría:', 'categorías:', 'etiquetas:'],
  it: ['pubblicato in', 'categoria:', 'categorie:', 'tag:'],
  pt: ['publicado em', 'categoria:', 'categorias:', 'etiquetas:'],
  pl: ['kategoria:', 'kategorie:', 'tagi:'],
  nl: ['geplaatst in', 'categorie:', 'categorieën:'],
  tr: ['kategori:', 'kategoriler:', 'etiketler:'],
  cs: ['kategorie:', 'štítky:'],
  zh: ['分类：', '标签：', '分類：', '標籤：'],
  ja: ['カテゴリー:', 'タグ:', 'カテゴリー：'],
};

/** Newsroom roles: an author's bio at the end of the text names one right after the author's name. */
export const NEWSROOM_ROLES: PhraseList = {
  en: ['reporter', 'correspondent', 'journalist', 'editor', 'staff writer', 'columnist', 'freelance'],
  ru: ['журналист', 'корреспондент', 'редактор', 'обозревател'],
  uk: ['журналіст', 'кореспондент', 'редактор', 'оглядач'],
  de: ['redakteur', 'korrespondent', 'journalist', 'reporter', 'volontär', 'kolumnist'],
  fr: ['journaliste', 'rédact', 'correspondant', 'reporter', 'chroniqueu'],
  es: ['periodista', 'redactor', 'corresponsal', 'reporter', 'columnista'],
  it: ['giornalista', 'redattor', 'redattric', 'corrispondente', 'cronista'],
  pt: ['jornalista', 'repórter', 'redator', 'correspondente', 'colunista'],
  pl: ['dziennikar', 'redaktor', 'reporter', 'korespondent', 'publicyst'],
  nl: ['journalist', 'verslaggever', 'redacteur', 'correspondent', 'columnist'],
  tr: ['muhabir', 'gazeteci', 'editör', 'köşe yazarı'],
  cs: ['novinář', 'redaktor', 'reportér', 'zpravodaj', 'komentátor', 'publicist'],
  zh: [],
  ja: [],
};

/**
 * What a bio says its author does, right after the name and without a role word ("Jane Doe writes
 * about housing", "Тетяна Савчук пише про …"). Present tense of writing and covering: a closing
 * line about someone in the story reports the past ("wrote", "said") or names them earlier too.
 */
export const BIO_VERBS: PhraseList = {
  en: ['writes about', 'writes on', 'writes for', 'covers', 'reports on', 'reports for'],
  ru: ['пишет о', 'пишет об', 'пишет про', 'пишет для', 'освещает'],
  uk: ['пише про', 'пише для', 'висвітлює'],
  de: ['schreibt über', 'schreibt für', 'berichtet über', 'berichtet für', 'berichtet aus'],
  fr: ['écrit sur', 'écrit pour', 'couvre', "suit l'actualité", 'suit l’actualité'],
  es: ['escribe sobre', 'escribe para', 'cubre', 'informa sobre', 'sigue la actualidad'],
  it: ['scrive di', 'scrive per', 'si occupa di', 'segue'],
  pt: ['escreve sobre', 'escreve para', 'cobre', 'acompanha'],
  pl: ['pisze o', 'pisze dla', 'zajmuje się'],
  nl: ['schrijft over', 'schrijft voor', 'bericht over', 'volgt'],
  cs: ['píše o', 'píše pro', 'věnuje se', 'zabývá se'],
};

/** How a bio gives its author's address ("Scrivile a …", "Email her at …"); counted with an e-mail address. */
export const BIO_CONTACT: PhraseList = {
  en: ['write to her', 'write to him', 'email her', 'email him', 'e-mail her', 'contact her', 'contact him'],
  ru: ['напишите ей', 'напишите ему', 'пишите ей', 'пишите ему'],
  uk: ['напишіть їй', 'напишіть йому', 'пишіть їй', 'пишіть йому'],
  de: ['schreiben sie ihr', 'schreiben sie ihm', 'schreib ihr', 'schreib ihm'],
  fr: ['écrivez-lui', 'ecrivez-lui', 'contactez-la', 'contactez-le'],
  es: ['escríbele', 'escribele', 'contáctala', 'contáctalo'],
  it: ['scrivile', 'scrivigli', 'contattala', 'contattalo'],
  pt: ['escreva-lhe', 'escreva para ela', 'escreva para ele', 'contacte-a', 'contacte-o'],
  pl: ['napisz do niej', 'napisz do niego'],
  nl: ['mail haar', 'mail hem', 'schrijf haar', 'schrijf hem'],
  cs: ['napište jí', 'napište mu'],
};

/**
 * Capitalised words that open a sentence but never a person's name (articles, determiners): "Die
 * Stadt berichtet über …" is the article's closing line, not a bio of "Die Stadt".
 */
export const NOT_NAME_WORDS: readonly string[] = [
  ...['the', 'this', 'that', 'these', 'our', 'its', 'a', 'an'],
  ...['der', 'die', 'das', 'ein', 'eine', 'dieser', 'diese', 'unser', 'unsere'],
  ...['le', 'la', 'les', 'un', 'une', 'ce', 'cette', 'notre'],
  ...['el', 'los', 'las', 'una', 'este', 'esta', 'nuestro', 'nuestra'],
  ...['il', 'lo', 'gli', 'uno', 'questo', 'questa', 'nostro', 'nostra'],
  ...['o', 'os', 'as', 'um', 'uma', 'nosso', 'nossa'],
  ...['de', 'het', 'een', 'deze', 'ons', 'onze'],
  ...['ten', 'ta', 'to', 'nasz', 'nasza'],
  ...['этот', 'эта', 'это', 'наш', 'наша', 'цей', 'ця', 'це', 'наша'],
];

/**
 * Image optimisation and delivery services whose plugins print a credit line under the article
 * ("Optimized by Optimole"). Names of real vendors, lower-case; matched as whole words.
 */
export const IMAGE_SERVICES: readonly string[] = [
  'optimole',
  'imagify',
  'shortpixel',
  'tinypng',
  'tinyjpg',
  'smush',
  'ewww',
  'cloudinary',
  'imgix',
  'jetpack',
  'kraken.io',
  'kraken',
  'resmush.it',
  'resmush',
  'imagekit',
  'imagekit.io',
  'optimus',
  'compress jpeg',
  'webp express',
  'converter for media',
  'litespeed',
  'bunny optimizer',
  'bunnycdn',
  'sirv',
  'uploadcare',
  'cloudflare images',
  'cloudflare polish',
  'photon',
  'cloudimage',
  'imageengine',
  'gumlet',
  'imagerecycle',
  'jpegmini',
  'akamai image manager',
  'keycdn',
  'fastly image optimizer',
  'thumbor',
  'imgproxy',
  // Chinese image CDNs, as their credits name them.
  '又拍云',
  '七牛云',
];

/**
 * Website builders and publishing platforms whose templates print a credit under the page ("Made on
 * Tilda", "Proudly powered by WordPress", "Создано на Tilda"). Names of real products, lower-case.
 */
export const SITE_BUILDERS: readonly string[] = [
  ...['tilda', 'tilda publishing', 'wordpress', 'wordpress.com', 'ghost', 'webflow', 'wix', 'squarespace'],
  ...['jimdo', 'weebly', 'drupal', 'joomla', 'joomla!', '1c-bitrix', 'bitrix', '1с-битрикс', 'битрикс'],
  ...['hugo', 'jekyll', 'gatsby', 'substack', 'medium', 'blogger', 'readymag', 'framer', 'typo3'],
  ...['contao', 'strikingly', 'carrd', 'ukit', 'craft cms', 'arc xp', 'newspack'],
];

/** Service names that are also common words ("Kraken", "Photon"): never a credit by the name alone. */
export const IMAGE_SERVICES_WORDLIKE: readonly string[] = [
  'kraken',
  'optimus',
  'photon',
  'jetpack',
  'smush',
  'sirv',
];

/**
 * Words a credit may put beside the service's name and nothing else ("Bilder: Optimole",
 * "Afbeeldingen via ShortPixel", "Images : Imagify"): pictures and "by"/"via", lower-case.
 */
export const IMAGE_CREDIT_WORDS: readonly string[] = [
  ...['images', 'image', 'pictures', 'photos', 'by', 'via', 'with', 'bilder', 'von', 'mit', 'durch'],
  ...['изображения', 'картинки', 'фото', 'зображення', 'через', 'от'],
  ...['par', 'imágenes', 'por', 'con', 'immagini', 'da', 'imagens', 'obrazy', 'zdjęcia', 'przez'],
  ...['afbeeldingen', 'beelden', 'door', '图片', '圖片', '图像', '画像', '写真'],
];

/** Pictures as an image service's credit line opens with them ("Zdjęcia optymalizowane przez …"). */
export const IMAGE_NOUNS: readonly string[] = [
  ...['images', 'image', 'pictures', 'photos', 'bilder', 'fotos', 'foto', 'изображения', 'картинки'],
  ...['фото', 'зображення', 'світлини', 'imágenes', 'immagini', 'imagens', 'obrazy', 'zdjęcia'],
  ...['obrazki', 'afbeeldingen', 'beelden', '图片', '圖片', '图像', '画像', '写真'],
  ...['fotografías', 'fotografie', 'fotografias', 'photographies', 'fotografien', 'фотографии', 'фотографії'],
];

/**
 * What such a credit says the service did to the images (optimised, compressed, delivered, served,
 * accelerated), a label naming that work ("Bildoptimierung: Imagify", "Compresión de imágenes"), a
 * "powered by" ("Propulsé par Optimole") or a plugin feature ("Lazy load"), as stems per language;
 * with a service's name they make a credit line.
 */
export const IMAGE_SERVICE_VERBS: PhraseList = {
  // Plugin feature names, the same in most languages' interfaces ("Optimole · Lazy load").
  any: ['lazy load', 'lazy-load', 'lazyload', 'webp', 'avif'],
  en: ['optimi', 'compress', 'deliver', 'served by', 'powered by', 'accelerated', 'cdn', 'image processing'],
  ru: [
    'оптимизир',
    'оптимизац',
    'сжат',
    'доставлен',
    'ускорен',
    'работает на',
    'при поддержке',
    'отложенная загрузка',
    'ленивая загрузка',
  ],
  uk: [
    'оптимізов',
    'оптимізац',
    'стиснут',
    'стиснен',
    'доставлен',
    'прискорен',
    'працює на',
    'за підтримки',
    'відкладене завантаження',
  ],
  de: [
    'optimiert',
    'optimierung',
    'bildoptimierung',
    'komprimiert',
    'komprimierung',
    'bildkomprimierung',
    'ausgeliefert',
    'auslieferung',
    'bildauslieferung',
    'bereitgestellt',
    'beschleunigt',
    'betrieben von',
    'unterstützt von',
  ],
  fr: [
    'optimis',
    'compress',
    'livrée',
    'servies par',
    'accéléré',
    'propulsé par',
    'chargement différé',
    'allégé',
  ],
  es: [
    'optimizad',
    'optimizaci',
    'comprimid',
    'compresión',
    'compresion',
    'servid',
    'entregad',
    'acelerad',
    'impulsado por',
    'con la tecnología de',
    'carga diferida',
  ],
  it: [
    'ottimizzat',
    'ottimizzazion',
    'compress',
    'servit',
    'distribuit',
    'accelerat',
    'con tecnologia',
    'caricamento differito',
  ],
  pt: [
    'otimizad',
    'optimizad',
    'otimizaç',
    'comprimid',
    'servid',
    'entregue',
    'acelerad',
    'com tecnologia',
    'carregamento diferido',
  ],
  pl: [
    'zoptymalizow',
    'optymalizow',
    'optymalizacj',
    'optymalizuj',
    'skompresow',
    'kompresj',
    'dostarcz',
    'serwowan',
    'obsługiwane przez',
    'leniwe ładowanie',
  ],
  nl: [
    'geoptimaliseerd',
    'geoptimaliseerde',
    'optimalisatie',
    'beeldoptimalisatie',
    'gecomprimeerd',
    'compressie',
    'beeldcompressie',
    'geleverd',
    'versneld',
    'mogelijk gemaakt door',
    'aangedreven door',
  ],
  tr: ['optimize ed', 'sıkıştır', 'hızlandır', 'tarafından sunul'],
  cs: ['optimalizov', 'komprim', 'doručen', 'zrychlen', 'běží na'],
  zh: ['优化', '優化', '压缩', '壓縮', '加速', '分发', '技术支持', '提供支持', '懒加载', '延迟加载'],
  ja: ['最適化', '圧縮', '配信', '高速化', '遅延読み込み'],
};

/**
 * Payment methods as a donation widget lists them under its button ("Card · PayPal · Direct Debit",
 * "BLIK · Przelewy24 · karta płatnicza"). Lower-case; an item of such a line must be one of these
 * whole, so a sentence naming PayPal never matches.
 */
export const PAYMENT_METHODS: readonly string[] = [
  'card',
  'cards',
  'credit card',
  'debit card',
  'bank card',
  'paypal',
  'direct debit',
  'bank transfer',
  'apple pay',
  'google pay',
  'visa',
  'mastercard',
  'amex',
  'american express',
  'maestro',
  'sepa',
  'sepa direct debit',
  'stripe',
  'klarna',
  'sofort',
  'giropay',
  'twint',
  'revolut',
  'bitcoin',
  'crypto',
  // Membership and tip platforms, shown as logos beside the card schemes.
  ...['steady', 'ko-fi', 'patreon', 'patronite', 'liberapay', 'tipeee', 'buy me a coffee', 'helloasso'],
  ...['zrzutka', 'boosty'],
  'карта',
  'банковская карта',
  'банковской картой',
  'сбп',
  'мир',
  'юmoney',
  'qiwi',
  'банківська картка',
  'картка',
  'приват24',
  'monobank',
  'liqpay',
  'karte',
  'kreditkarte',
  'lastschrift',
  'sepa-lastschrift',
  'überweisung',
  'carte',
  'carte bancaire',
  'carte bleue',
  'cb',
  'paylib',
  'lydia',
  'virement',
  'prélèvement',
  'prélèvement sepa',
  'tarjeta',
  'tarjeta de crédito',
  'transferencia',
  'domiciliación',
  'domiciliación bancaria',
  'bizum',
  'carta',
  'carta di credito',
  'bonifico',
  'satispay',
  'postepay',
  'cartão',
  'cartão de crédito',
  'multibanco',
  'mb way',
  'referência multibanco',
  'transferência',
  'débito direto',
  'pix',
  'boleto',
  'karta',
  'karta płatnicza',
  'karta kredytowa',
  'blik',
  'przelewy24',
  'przelew',
  'przelew bankowy',
  'payu',
  'ideal',
  'bancontact',
  'creditcard',
  'overboeking',
  'automatische incasso',
  'incasso',
  'tikkie',
  'alipay',
  'wechat pay',
  '支付宝',
  '支付寶',
  '微信支付',
  '银联',
  '銀聯',
  '信用卡',
  'クレジットカード',
  'paypay',
  '銀行振込',
  'コンビニ払い',
  '口座振替',
  'デビットカード',
  ...['cryptocurrency', 'криптовалюта', 'криптовалютой', 'криптовалютою', 'kryptowährung', 'cryptomonnaie'],
  ...['criptomoneda', 'criptovaluta', 'criptomoeda', 'kryptowaluta', 'cryptovaluta', 'mobile money'],
];

/**
 * Currency signs and codes of a widget's amount labels ("€5", "5 zł", "CHF 10", "500円"),
 * lower-case. A sign may stand before or after the figure; a code or word too.
 */
export const CURRENCIES: readonly string[] = [
  ...['$', '€', '£', '¥', '₽', '₴', '₹', '₩', '₺', 'r$', 'us$', 'c$', 'a$', 'hk$', 'nt$', 's$'],
  ...['zł', 'kr', 'kč', 'ft', 'lei', 'руб', 'руб.', 'грн', '円', '元', '块'],
  ...['usd', 'eur', 'gbp', 'chf', 'pln', 'uah', 'rub', 'jpy', 'cny', 'sek', 'nok', 'dkk', 'czk'],
];

/** The period of a recurring amount after a slash ("€5/mo", "10 €/mes", "¥15/月", "200 ₽/мес"). */
export const AMOUNT_PERIODS: PhraseList = {
  en: ['mo', 'mo.', 'month', 'mth', 'yr', 'year', 'wk', 'week'],
  ru: ['мес', 'мес.', 'месяц', 'год', 'нед', 'нед.', 'неделю'],
  uk: ['міс', 'міс.', 'місяць', 'рік', 'тиж', 'тиж.', 'тиждень'],
  de: ['monat', 'mon.', 'mtl.', 'jahr', 'woche'],
  fr: ['mois', 'an', 'année', 'semaine', 'sem.'],
  es: ['mes', 'año', 'semana'],
  it: ['mese', 'anno', 'settimana', 'sett.'],
  pt: ['mês', 'mes', 'ano', 'semana'],
  pl: ['miesiąc', 'mies.', 'mc', 'rok', 'tydzień'],
  nl: ['maand', 'mnd', 'mnd.', 'jaar', 'week'],
  tr: ['ay', 'yıl', 'hafta'],
  cs: ['měsíc', 'měs.', 'rok', 'týden'],
  zh: ['月', '年', '周', '每月', '每年'],
  ja: ['月', '年', '週', '月額', '年額'],
  ko: ['월', '년'],
};

/** The period of a recurring amount in words after it ("€5 a month", "5 € al mes", "200 ₽ в месяц"). */
export const AMOUNT_PERIOD_WORDS: PhraseList = {
  en: [
    'a month',
    'per month',
    'monthly',
    'every month',
    'a year',
    'per year',
    'yearly',
    'annually',
    'a week',
    'weekly',
  ],
  ru: ['в месяц', 'ежемесячно', 'в год', 'в неделю'],
  uk: ['на місяць', 'щомісяця', 'на рік', 'щороку', 'на тиждень'],
  de: ['im monat', 'pro monat', 'monatlich', 'im jahr', 'pro jahr', 'jährlich', 'pro woche', 'wöchentlich'],
  fr: ['par mois', 'mensuel', 'mensuels', 'par an', 'annuel', 'par semaine'],
  es: ['al mes', 'por mes', 'mensual', 'mensuales', 'al año', 'anual', 'a la semana'],
  it: ['al mese', 'mensili', 'mensile', "all'anno", "l'anno", 'annuale', 'a settimana'],
  pt: ['por mês', 'ao mês', 'mensal', 'mensais', 'por ano', 'anual', 'por semana'],
  pl: ['miesięcznie', 'na miesiąc', 'rocznie', 'na rok', 'tygodniowo'],
  nl: ['per maand', 'maandelijks', 'per jaar', 'jaarlijks', 'per week'],
  tr: ['aylık', 'ayda', 'her ay', 'yıllık', 'yılda', 'haftalık'],
  cs: ['měsíčně', 'za měsíc', 'ročně', 'za rok', 'týdně'],
  zh: ['每月', '每年', '每周'],
  ja: ['毎月', '毎年'],
};

/** A widget's free-amount button beside its amounts ("5 € 10 € Otro importe"); counts no amount itself. */
export const OTHER_AMOUNT: PhraseList = {
  en: ['other amount', 'custom amount', 'choose amount', 'any amount', 'other'],
  ru: ['другая сумма', 'своя сумма', 'другое'],
  uk: ['інша сума', 'своя сума', 'інше'],
  de: ['anderer betrag', 'wunschbetrag', 'freier betrag', 'anderer'],
  fr: ['autre montant', 'montant libre', 'autre'],
  es: ['otro importe', 'otra cantidad', 'otro monto', 'otro'],
  it: ['altro importo', 'importo libero', 'altro'],
  pt: ['outro valor', 'outra quantia', 'outro'],
  pl: ['inna kwota', 'dowolna kwota', 'inna'],
  nl: ['ander bedrag', 'eigen bedrag', 'anders'],
  tr: ['başka bir tutar', 'farklı bir tutar', 'diğer tutar', 'diğer'],
  cs: ['jiná částka', 'jinou částku', 'vlastní částka', 'jiná'],
  zh: ['自定义', '其他金额', '其他'],
  ja: ['その他の金額', '金額を指定', 'その他'],
};

/**
 * "Remind me later" / "Not now" controls of a donation or sign-up widget, at the start of a short
 * line. Only counted at the end of the text, as a leftover of a widget the other cleaners took.
 */
export const REMIND_LATER: PhraseList = {
  en: ['remind me', 'ask me later', 'ask me again'],
  ru: ['напомнить', 'напомните мне', 'напомни мне'],
  uk: ['нагадати', 'нагадайте мені', 'нагадай мені'],
  // German buttons put the verb last: "Nächste Woche erinnern".
  de: ['erinnere mich', 'erinnern sie mich', 'später erinnern', 'morgen erinnern', 'nächste woche erinnern'],
  fr: ['me le rappeler', 'rappelez-moi', 'rappelle-moi'],
  es: ['recuérdame', 'recordarme', 'recuérdemelo'],
  it: ['ricordamelo', 'ricordami', 'ricordatemelo'],
  pt: ['lembre-me', 'lembrar-me', 'lembra-me'],
  pl: ['przypomnij mi', 'przypomnij później', 'przypomnij za'],
  nl: ['herinner me', 'herinner mij'],
  tr: ['bana hatırlat', 'daha sonra hatırlat', 'sonra hatırlat'],
  cs: ['připomeňte mi', 'připomenout později'],
  zh: ['稍后提醒', '以后提醒', '提醒我'],
  ja: [
    '後で通知',
    'あとで通知',
    '後で知らせる',
    'あとで知らせる',
    '後でお知らせ',
    'あとでお知らせ',
    'リマインド',
  ],
};

/**
 * "Not now" / "Later" / "No thanks" buttons: words prose also opens with ("Not now, the mayor
 * said."), so they count at the start of a link, and otherwise only as the whole line.
 */
export const LATER_ALONE: PhraseList = {
  en: ['not now', 'not right now', 'later', 'maybe later', 'not today', 'no thanks', 'no, thanks', 'close'],
  ru: ['не сейчас', 'в другой раз', 'позже', 'позднее', 'может быть позже', 'нет, спасибо', 'закрыть'],
  uk: ['не зараз', 'іншим разом', 'пізніше', 'ні, дякую', 'закрити'],
  de: ['nicht jetzt', 'jetzt nicht', 'später', 'vielleicht später', 'nein danke', 'nein, danke', 'schließen'],
  fr: ['pas maintenant', "pas pour l'instant", 'plus tard', 'non merci', 'fermer'],
  es: ['ahora no', 'más tarde', 'quizás más tarde', 'luego', 'no, gracias', 'cerrar'],
  it: ['non ora', 'non adesso', 'non per ora', 'più tardi', 'dopo', 'no grazie', 'chiudi'],
  pt: ['agora não', 'mais tarde', 'depois', 'não, obrigado', 'fechar'],
  pl: ['nie teraz', 'nie tym razem', 'później', 'może później', 'nie, dziękuję', 'zamknij'],
  nl: ['niet nu', 'nu niet', 'nu even niet', 'later', 'misschien later', 'nee, bedankt', 'sluiten'],
  tr: ['şimdi değil', 'daha sonra', 'belki sonra', 'hayır, teşekkürler', 'kapat'],
  cs: ['teď ne', 'nyní ne', 'později', 'možná později', 'ne, děkuji', 'zavřít'],
  zh: ['暂不', '稍后', '以后再说', '下次再说', '不了，谢谢', '关闭'],
  ja: ['今はしない', '今はやめておく', 'あとで', '後で', '閉じる'],
};

/**
 * "Not ready to support today?": the question a donation widget asks above its remind-me control.
 * Counted only as a short question ending the text after an appeal was removed.
 */
export const NOT_READY: PhraseList = {
  en: ['not ready', 'not sure yet', 'not today?', 'rather think about it', 'need time to think'],
  ru: ['не готовы', 'ещё не готовы', 'еще не готовы', 'пока не готовы'],
  uk: ['не готові', 'ще не готові', 'поки не готові'],
  de: ['noch nicht so weit', 'noch nicht bereit', 'heute nicht'],
  fr: [
    'pas encore prêt',
    'pas prêt',
    'pas encore décidé',
    "pas aujourd'hui",
    'pas aujourd’hui',
    'besoin de réfléchir',
  ],
  es: ['no estás listo', 'aún no estás', 'todavía no estás', 'hoy no', 'prefieres pensarlo'],
  it: ['non sei pronto', 'non ancora pronto', 'non sei ancora pronto', 'oggi no', 'preferisci pensarci'],
  pt: ['ainda não está pronto', 'não está pronto', 'ainda não', 'hoje não', 'prefere pensar'],
  pl: ['jeszcze nie teraz', 'nie jesteś gotów', 'nie jesteś gotowy', 'jeszcze nie jesteś', 'nie dziś'],
  nl: ['nog niet klaar', 'nog niet zover', 'nog niet zo ver', 'vandaag niet'],
  tr: ['henüz hazır değil', 'bugün değil'],
  cs: ['ještě nejste připraven', 'dnes ne'],
  zh: ['还没准备好', '還沒準備好', '暂时不'],
  ja: ['まだ準備が', '今日はまだ', '今は応援できません', '今は支援できません'],
};

/**
 * Reading-time notes ("Время чтения: 3 минуты", "5 min read", "3 minutos de lectura"): a label or
 * the words after the minutes, counted only with a figure of minutes in a short line.
 */
export const READING_TIME: PhraseList = {
  en: ['reading time', 'read time', 'time to read', 'min read', 'minute read', 'minutes read'],
  ru: [
    'время чтения',
    'время прочтения',
    'время на прочтение',
    'мин чтения',
    'минут чтения',
    'минуты чтения',
    'читать',
  ],
  uk: [
    'час читання',
    'час прочитання',
    'час на прочитання',
    'хв читання',
    'хвилин читання',
    'хвилини читання',
    'читати',
  ],
  de: ['lesezeit', 'lesedauer', 'min. lesen', 'minuten lesen'],
  fr: ['temps de lecture', 'durée de lecture', 'min de lecture', 'minutes de lecture', 'lecture :'],
  es: ['tiempo de lectura', 'min de lectura', 'minutos de lectura', 'lectura:'],
  it: ['tempo di lettura', 'min di lettura', 'minuti di lettura', 'lettura:'],
  pt: ['tempo de leitura', 'min de leitura', 'minutos de leitura', 'leitura:'],
  pl: ['czas czytania', 'czas lektury', 'min czytania', 'minut czytania', 'minuty czytania'],
  nl: ['leestijd', 'min lezen', 'minuten lezen'],
  tr: ['okuma süresi', 'dk okuma', 'dakika okuma', 'dakikalık okuma'],
  cs: ['doba čtení', 'min čtení', 'minut čtení', 'minuty čtení'],
  zh: ['阅读时间', '阅读时长', '预计阅读', '閱讀時間', '分钟阅读', '分鐘閱讀', '分钟读完'],
  ja: ['読了時間', '読了目安', '分で読めます', '分で読める', '読むのにかかる時間'],
};

/**
 * A page's view counter as a label before the figure ("Просмотров: 1482", "Views: 1,482",
 * "阅读 1482") or a word after it ("1,482 views", "1482人阅读"). Lower-case, whole items only.
 */
export const VIEW_LABELS: readonly string[] = [
  ...['views', 'view count', 'reads', 'hits', 'pageviews'],
  ...['просмотров', 'просмотры', 'просмотра', 'прочтений', 'переглядів', 'перегляди'],
  ...['aufrufe', 'zugriffe', 'gelesen', 'vues', 'lectures', 'visitas', 'lecturas', 'visualizaciones'],
  ...['letture', 'visite', 'visualizzazioni', 'visualizações', 'leituras', 'acessos'],
  ...['wyświetleń', 'wyświetlenia', 'odsłon', 'odsłony', 'weergaven', 'keer gelezen', 'keer bekeken'],
  ...['阅读', '浏览', '阅读量', '浏览量', '阅读数', '閱讀', '瀏覽', '人阅读', '次阅读', '次浏览', '人浏览'],
  ...['閲覧数', '閲覧', 'pv'],
];

/**
 * "This story has been read 2,311 times": a read or view verb (stems) before a figure and its
 * "times" word ending the line.
 */
export const VIEW_VERBS: PhraseList = {
  en: ['read', 'viewed', 'seen'],
  ru: ['прочита', 'просмотр'],
  uk: ['прочита', 'переглян'],
  de: ['gelesen', 'aufgerufen', 'angesehen'],
  fr: ['lu ', 'consulté', 'vu '],
  es: ['leíd', 'leid', 'vist', 'consultad'],
  it: ['lett', 'visualizzat', 'vist'],
  pt: ['lida', 'lido', 'lidas', 'lidos', 'visualizad', 'vist', 'acessad'],
  pl: ['przeczyt', 'wyświetl', 'odczyt'],
  nl: ['gelezen', 'bekeken'],
  tr: ['okundu', 'görüntülendi'],
  cs: ['přečten', 'zobrazen'],
  zh: ['阅读', '浏览', '閱讀', '瀏覽'],
  ja: ['閲覧', '読まれ'],
};

/** The "times" word after a view counter's figure ("2.311 veces", "1482 раза", "阅读 2311 次"). */
export const TIMES_WORDS: readonly string[] = [
  ...['times', 'veces', 'mal', 'fois', 'volte', 'vezes', 'раз', 'раза', 'разів', 'рази', 'razy', 'keer'],
  ...['次', '回'],
];

/** Print links standing alone ("Imprimir esta página", "Druckversion", "打印本页"); whole lines only. */
export const PRINT_LABELS: PhraseList = {
  en: ['print', 'print this page', 'print this article', 'print this story', 'print article', 'print page'],
  ru: ['печать', 'распечатать', 'версия для печати', 'распечатать статью', 'распечатать страницу'],
  uk: ['друк', 'друкувати', 'роздрукувати', 'версія для друку', 'надрукувати'],
  de: ['drucken', 'artikel drucken', 'seite drucken', 'druckversion', 'druckansicht', 'diese seite drucken'],
  fr: [
    'imprimer',
    'imprimer cet article',
    "imprimer l'article",
    'imprimer l’article',
    'imprimer la page',
    'imprimer cette page',
    'version imprimable',
  ],
  es: ['imprimir', 'imprimir esta página', 'imprimir noticia', 'imprimir artículo', 'versión para imprimir'],
  it: ['stampa', 'stampa articolo', 'stampa la pagina', 'stampa questa pagina', 'versione stampabile'],
  pt: ['imprimir', 'imprimir esta página', 'imprimir artigo', 'imprimir notícia', 'versão para impressão'],
  pl: ['drukuj', 'wydrukuj', 'drukuj artykuł', 'wydrukuj artykuł', 'wersja do druku'],
  nl: ['afdrukken', 'printen', 'print dit artikel', 'printversie', 'deze pagina afdrukken'],
  tr: ['yazdır', 'haberi yazdır', 'sayfayı yazdır'],
  cs: ['tisk', 'tisknout', 'vytisknout', 'vytisknout článek', 'verze pro tisk'],
  zh: ['打印', '打印本页', '打印此页', '打印文章', '列印', '列印本頁'],
  ja: ['印刷', '印刷する', 'このページを印刷', '印刷用ページ', '印刷用画面'],
};

/**
 * A reader platform's footer controls and counters standing alone (WeChat's "喜欢作者", "阅读原文",
 * "在看"; "32人喜欢" goes by pattern). Whole lines only.
 */
export const READER_CONTROLS: PhraseList = {
  zh: [
    '喜欢作者',
    '阅读原文',
    '閱讀原文',
    '在看',
    '点赞',
    '赞赏',
    '写留言',
    '赞赏作者',
    '轻触阅读原文',
    '预览时标签不可点',
    '微信扫一扫关注该公众号',
    '微信扫一扫',
    '继续滑动看下一个',
    '向上滑动看下一个',
    '分享收藏',
    '点赞在看',
    '收藏',
    '喜欢此内容的人还喜欢',
  ],
  ja: ['いいね', 'スキ', 'フォローする'],
};

/** Words of a like counter after its figure ("32人喜欢", "120 likes", "45 me gusta"). */
export const LIKE_WORDS: readonly string[] = [
  ...['likes', 'like', 'me gusta', "j'aime", 'j’aime', 'mi piace', 'curtidas', 'gostos', 'gosto'],
  ...['polubień', 'polubienia', 'vind-ik-leuks', 'лайков', 'лайка', 'лайк', 'вподобань', 'нравится'],
  ...['人喜欢', '人点赞', '人在看', '人赞赏', '个赞', '点赞', '在看', '赞', '喜欢', 'いいね', 'スキ'],
];

/**
 * "If you found this article useful …": the condition opening a prompt to share the article (it
 * counts only with a share verb of `SHARE_VERBS` after it).
 */
export const IF_USEFUL: PhraseList = {
  en: [
    'if you found this',
    'if you enjoyed this',
    'if you liked this',
    'if you find this',
    'if this article',
  ],
  ru: ['если вам понравил', 'если статья была', 'если этот материал', 'если эта статья', 'если материал был'],
  uk: ['якщо вам сподобал', 'якщо стаття була', 'якщо цей матеріал', 'якщо ця стаття'],
  de: [
    'wenn ihnen dieser',
    'wenn dir dieser',
    'hat ihnen dieser',
    'hat dir dieser',
    'wenn ihnen der artikel',
  ],
  fr: ['si cet article vous', 'si vous avez aimé cet', 'si vous avez apprécié cet', 'si cet article t'],
  es: ['si te ha gustado', 'si te ha servido', 'si te gustó', 'si este artículo te', 'si esta noticia te'],
  it: ['se ti è piaciuto', 'se questo articolo ti', 'se hai trovato utile', 'se ti è stato utile'],
  pt: ['se gostou', 'se você gostou', 'se este artigo', 'se esta notícia', 'se achou útil'],
  pl: ['jeśli podobał ci się', 'jeśli ten artykuł', 'jeżeli ten artykuł', 'jeśli ten tekst'],
  nl: ['als je dit artikel', 'als u dit artikel', 'vond je dit artikel', 'vond u dit artikel'],
  tr: ['bu yazıyı beğendiyseniz', 'bu haberi beğendiyseniz', 'bu yazıyı beğendiysen', 'faydalı bulduysanız'],
  cs: [
    'pokud se vám článek líbil',
    'líbil se vám tento článek',
    'pokud vám tento článek',
    'pokud vám článek',
  ],
  zh: [
    '如果你觉得这篇',
    '如果您觉得这篇',
    '如果你觉得本文',
    '如果您觉得本文',
    '觉得文章有用',
    '觉得这篇文章',
  ],
  ja: ['この記事が役に立った', 'この記事が気に入った', 'この記事が面白かった'],
};

/** What a share prompt asks the reader to do with the article (stems). */
export const SHARE_VERBS: PhraseList = {
  en: ['share it', 'share this', 'please share', 'forward it', 'forward this', 'pass it on'],
  ru: ['поделитесь', 'перешлите', 'отправьте её', 'отправьте ее', 'расскажите о ней'],
  uk: ['поділіться', 'перешліть', 'надішліть її'],
  de: ['teilen sie', 'teile ihn', 'teile es', 'leiten sie', 'weiterleiten', 'weiterempfehlen'],
  fr: ['partagez', 'partage-le', 'transférez', 'faites-le suivre', 'faites-la suivre'],
  es: ['compártel', 'comparte', 'reenvía', 'reenvíal'],
  it: ['condividil', 'condividi', 'inoltral', 'inoltra'],
  pt: ['partilhe', 'compartilhe', 'encaminhe', 'partilha-o', 'compartilha'],
  pl: ['udostępnij', 'podziel się', 'prześlij', 'przekaż'],
  nl: ['deel het', 'deel dit', 'delen', 'stuur het door', 'stuur dit door'],
  tr: ['paylaşın', 'paylaş', 'iletin'],
  cs: ['sdílejte', 'přepošlete', 'pošlete ho', 'pošlete dál'],
  zh: ['在看', '转发', '分享', '轉發'],
  ja: ['シェア', '共有', '拡散'],
};

/**
 * Labels of a page's meta row ("Категория: Новости | Добавил: admin | Рейтинг: 4.6/9"), lower-case,
 * matched as the whole label before an item's colon. Two of them make a row the page's, not facts
 * of a story (a book review's "Autor: … | Verlag: … | Preis: …" has one).
 */
export const META_LABELS: PhraseList = {
  en: ['category', 'categories', 'section', 'author', 'posted by', 'added by', 'date', 'rating', 'views'],
  ru: ['категория', 'рубрика', 'раздел', 'автор', 'добавил', 'добавила', 'дата', 'рейтинг', 'просмотров'],
  uk: ['категорія', 'рубрика', 'розділ', 'автор', 'додав', 'додала', 'дата', 'рейтинг', 'переглядів'],
  de: ['kategorie', 'rubrik', 'ressort', 'autor', 'autorin', 'datum', 'bewertung', 'aufrufe'],
  fr: ['catégorie', 'rubrique', 'auteur', 'autrice', 'date', 'note', 'vues'],
  es: ['categoría', 'sección', 'autor', 'autora', 'fecha', 'valoración', 'visitas'],
  it: ['categoria', 'sezione', 'autore', 'autrice', 'data', 'voto', 'visite'],
  pt: ['categoria', 'seção', 'secção', 'autor', 'autora', 'data', 'avaliação', 'visualizações'],
  pl: ['kategoria', 'dział', 'autor', 'autorka', 'data', 'ocena', 'wyświetleń'],
  nl: ['categorie', 'rubriek', 'auteur', 'datum', 'beoordeling', 'weergaven'],
  tr: ['kategori', 'yazar', 'tarih', 'okunma', 'görüntülenme'],
  cs: ['kategorie', 'rubrika', 'autor', 'autorka', 'datum', 'hodnocení', 'zobrazení'],
  zh: ['分类', '栏目', '作者', '来源', '时间', '日期', '阅读', '责任编辑', '编辑'],
  ja: ['カテゴリー', 'カテゴリ', '著者', '日付', '投稿日', '閲覧数'],
};
