/**
 * Boilerplate phrases per category and language, lower-case, matched as substrings of short blocks
 * (the cleaners set the length limits). A phrase here must be something an article would rarely
 * say in its own voice within a short standalone block.
 */
export type PhraseList = Readonly<Record<string, readonly string[]>>;

/** Newsletter and subscription prompts. */
export const NEWSLETTER: PhraseList = {
  en: [
    'newsletter',
    'sign up for',
    'sign up to',
    'subscribe to our',
    'subscribe for',
    'enter your email',
    'your email address',
    'delivered to your inbox',
    'in your inbox',
    'get our',
    'subscribe now',
  ],
  ru: ['рассылк', 'подпишитесь на', 'подписаться на', 'ваш e-mail', 'ваш email', 'введите email'],
  uk: ['розсилк', 'підпишіться на', 'підписатися на', 'ваш e-mail', 'ваш email'],
  de: [
    'newsletter',
    'abonnieren sie',
    'jetzt abonnieren',
    'ihre e-mail-adresse',
    'in ihr postfach',
    'melden sie sich an',
  ],
  fr: [
    'newsletter',
    'lettre d’information',
    "lettre d'information",
    'abonnez-vous',
    'inscrivez-vous',
    'votre adresse e-mail',
    'votre adresse email',
    'dans votre boîte',
  ],
  es: [
    'newsletter',
    'boletín',
    'suscríbete',
    'suscribete',
    'suscríbase',
    'tu correo electrónico',
    'tu email',
    'en tu bandeja',
  ],
  it: ['newsletter', 'iscriviti', 'abbonati', 'la tua email', 'il tuo indirizzo email', 'nella tua casella'],
  pt: ['newsletter', 'assine a', 'inscreva-se', 'subscreva', 'seu e-mail', 'o seu email', 'na sua caixa'],
  pl: [
    'newsletter',
    'zapisz się',
    'do subskrypcji',
    'subskrybuj',
    'twój adres e-mail',
    'twój e-mail',
    'na swoją skrzynkę',
  ],
  nl: ['nieuwsbrief', 'schrijf je in', 'abonneer', 'je e-mailadres', 'uw e-mailadres', 'in je inbox'],
  zh: ['订阅', '訂閱', '电子报', '電子報', '邮件地址', '電郵'],
  ja: ['ニュースレター', 'メルマガ', 'メールマガジン', '購読', 'メールアドレス', '登録する'],
};

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
  pt: ['compartilhar', 'partilhar', 'compartilhe', 'siga-nos', 'copiar link'],
  pl: ['udostępnij', 'podziel się', 'obserwuj nas', 'kopiuj link'],
  nl: ['delen', 'deel dit', 'volg ons', 'kopieer link'],
  zh: ['分享', '分享到', '关注我们', '關注我們'],
  ja: ['シェア', 'シェアする', 'ツイート', 'フォローする'],
};

/** Reader-feedback prompts ("Was this article helpful?"). */
export const FEEDBACK: PhraseList = {
  en: [
    'was this article helpful',
    'was this helpful',
    'did you find this',
    'rate this article',
    'tell us what you think',
    'we want to hear what you think',
    'submit a letter to the editor',
  ],
  ru: ['была ли статья полезной', 'оцените статью', 'вам помогла'],
  uk: ['чи була стаття корисною', 'оцініть статтю'],
  de: [
    'war der artikel nützlich',
    'war dieser artikel hilfreich',
    'war der artikel hilfreich',
    'artikel bewerten',
    'teilen sie uns ihre erfahrungen',
  ],
  fr: ['cet article vous a-t-il été utile', 'cet article vous a été utile', 'notez cet article'],
  es: ['te ha resultado útil', 'te resultó útil', 'valora este artículo', '¿te fue útil'],
  it: ['questo articolo ti è stato utile', 'ti è stato utile', 'valuta questo articolo'],
  pt: ['este artigo foi útil', 'avalie este artigo'],
  pl: ['czy ten artykuł był pomocny', 'oceń artykuł'],
  nl: ['was dit artikel nuttig', 'was dit artikel handig', 'beoordeel dit artikel'],
  zh: ['这篇文章有帮助吗', '這篇文章有幫助嗎', '文章评分'],
  ja: ['この記事は役に立ちましたか', '記事を評価'],
};

/** Headings of blocks that are about the page, not the article: author bios, tables of contents. */
export const ASIDE_HEADINGS: PhraseList = {
  en: ['about the author', 'about the authors', 'table of contents', 'contents', 'in this article'],
  ru: ['об авторе', 'содержание', 'оглавление'],
  uk: ['про автора', 'зміст'],
  de: [
    'über den autor',
    'über die autorin',
    'über die autoren',
    'inhaltsverzeichnis',
    'inhalt',
    'themen im artikel',
  ],
  fr: ["à propos de l'auteur", 'à propos de l’auteur', 'sommaire', 'table des matières'],
  es: ['sobre el autor', 'acerca del autor', 'índice', 'contenido'],
  it: ["sull'autore", 'indice', 'sommario'],
  pt: ['sobre o autor', 'índice', 'conteúdo'],
  pl: ['o autorze', 'spis treści'],
  nl: ['over de auteur', 'inhoudsopgave'],
  zh: ['关于作者', '關於作者', '目录', '目錄'],
  ja: ['著者について', '目次'],
};

/** App download prompts; they count only with a store or platform name. */
export const APP_PROMO =
  /\b(?:download|get|install|herunterladen|laden sie|télécharge[rz]?|descarga|descargue|scarica|baixe|pobierz)\b.{0,80}\b(?:app|apps|application|aplicación|applicazione|aplicativo|aplikacj\w*)\b.{0,60}\b(?:ios|android|app store|google play|iphone)\b/i;

/** Invitations to follow the outlet elsewhere; they count only next to a network's name. */
export const FOLLOW: PhraseList = {
  en: ['follow us', 'follow the', 'join us on', 'join our', 'subscribe to our', 'find us on', 'like us on'],
  ru: ['подписывайтесь', 'подпишитесь', 'присоединяйтесь', 'следите за нами'],
  uk: ['підписуйтесь', 'підпишіться', 'приєднуйтесь', 'стежте за нами'],
  de: ['folgen sie', 'folge uns', 'abonnieren sie', 'besuchen sie uns'],
  fr: ['suivez-nous', 'suivez nous', 'rejoignez-nous', 'abonnez-vous'],
  es: ['síguenos', 'siguenos', 'únete', 'unete', 'suscríbete', 'mira lo que tiene'],
  it: ['seguici', 'iscriviti', 'unisciti'],
  pt: ['siga-nos', 'siga o', 'inscreva-se', 'junte-se'],
  pl: ['obserwuj nas', 'dołącz do nas', 'subskrybuj'],
  nl: ['volg ons', 'word lid van'],
  zh: ['关注我们', '關注我們', '加入我们'],
  ja: ['フォロー', '登録してください'],
};

/** Networks and channels named by follow prompts. */
export const NETWORK_NAMES =
  /\b(?:twitter|x\.com|facebook|instagram|youtube|telegram|tiktok|whatsapp|linkedin|threads|bluesky|mastodon|vk|вконтакте|телеграм|weibo|微博|微信|line)\b/i;

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
  ],
  uk: ['читайте також', 'по темі', 'найпопулярніше', 'дивіться також', 'більше на тему'],
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
    'à lire également',
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
    'noticias relacionadas',
    'ver también',
  ],
  it: [
    'leggi anche',
    'leggi di più',
    'potrebbe interessarti',
    'i più letti',
    'articoli correlati',
    'vedi anche',
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
  ],
  pl: [
    'czytaj też',
    'czytaj także',
    'czytaj więcej',
    'zobacz też',
    'zobacz także',
    'najczęściej czytane',
    'polecamy',
  ],
  nl: ['lees ook', 'lees meer', 'meest gelezen', 'gerelateerde artikelen', 'zie ook'],
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
  ],
  ja: ['関連記事', 'あわせて読みたい', 'もっと読む', '続きを読む', '人気記事', 'おすすめ記事'],
};

/** Cookie and consent notices. */
export const COOKIE: PhraseList = {
  en: ['cookie', 'we use cookies', 'this website uses cookies', 'accept all', 'privacy policy', 'consent'],
  ru: ['cookie', 'куки', 'файлы cookie', 'политик'],
  uk: ['cookie', 'куки', 'файли cookie', 'політик'],
  de: ['cookie', 'cookies', 'datenschutz', 'einwilligung', 'alle akzeptieren'],
  fr: ['cookie', 'cookies', 'confidentialité', 'consentement', 'tout accepter'],
  es: ['cookie', 'cookies', 'privacidad', 'consentimiento', 'aceptar todo'],
  it: ['cookie', 'privacy', 'consenso', 'accetta tutto'],
  pt: ['cookie', 'cookies', 'privacidade', 'consentimento', 'aceitar todos'],
  pl: ['cookie', 'ciasteczk', 'prywatności', 'zgod', 'akceptuj'],
  nl: ['cookie', 'cookies', 'privacy', 'toestemming', 'alles accepteren'],
  zh: ['cookie', '隐私政策', '隱私政策', '同意'],
  ja: ['cookie', 'クッキー', 'プライバシー', '同意'],
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
  zh: ['外部内容', '加载内容'],
  ja: ['外部コンテンツ', 'コンテンツを読み込む'],
};

/** Comment sections that slipped through without markup hints. */
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
  ],
  ru: ['оставить комментарий', 'оставьте комментарий', 'комментарии', 'добавить комментарий'],
  uk: ['залишити коментар', 'залиште коментар', 'коментарі', 'додати коментар'],
  de: [
    'kommentar schreiben',
    'kommentare',
    'kommentieren',
    'einloggen, um',
    'einloggen, um',
    'hinterlasse einen kommentar',
    'antworten',
  ],
  fr: ['laisser un commentaire', 'commentaires', 'réagir', 'ajouter un commentaire'],
  es: ['deja un comentario', 'dejar un comentario', 'comentarios', 'añadir comentario'],
  it: ['lascia un commento', 'commenti', 'aggiungi un commento'],
  pt: ['deixe um comentário', 'deixe uma resposta', 'comentários', 'adicionar comentário'],
  pl: ['dodaj komentarz', 'komentarze', 'zostaw komentarz'],
  nl: ['laat een reactie achter', 'reacties', 'plaats een reactie'],
  zh: ['发表评论', '發表評論', '评论', '評論', '留言'],
  ja: ['コメントを書く', 'コメント', 'コメントする'],
};

/** Labels that mark an ad slot. Matched against the whole (short) block text. */
export const AD_LABELS: PhraseList = {
  en: [
    'advertisement',
    'advertising',
    'sponsored',
    'sponsored content',
    'ad',
    'ads',
    'promoted',
    'story continues below advertisement',
    'article continues below advertisement',
    'scroll to continue',
  ],
  ru: ['реклама', 'на правах рекламы', 'партнерский материал'],
  uk: ['реклама', 'на правах реклами'],
  de: ['anzeige', 'werbung', 'gesponsert'],
  fr: ['publicité', 'sponsorisé', 'contenu sponsorisé'],
  es: ['publicidad', 'anuncio', 'patrocinado'],
  it: ['pubblicità', 'sponsorizzato'],
  pt: ['publicidade', 'anúncio', 'patrocinado'],
  pl: ['reklama', 'materiał sponsorowany', 'artykuł sponsorowany'],
  nl: ['advertentie', 'gesponsord'],
  zh: ['广告', '廣告', '赞助'],
  ja: ['広告', 'スポンサー', 'pr'],
};

/** Datelines that open a post ("Posted on 3 February 2025 by …"); they belong to metadata. */
export const DATELINE_PREFIXES: PhraseList = {
  en: ['posted on', 'posted', 'published', 'updated', 'last updated', 'first published'],
  ru: ['опубликовано', 'обновлено', 'дата публикации'],
  uk: ['опубліковано', 'оновлено', 'дата публікації'],
  de: ['veröffentlicht', 'aktualisiert', 'erschienen am', 'erstellt am', 'dieser eintrag wurde', 'stand:'],
  fr: ['publié le', 'publié', 'mis à jour'],
  es: ['publicado', 'actualizado'],
  it: ['pubblicato', 'aggiornato'],
  pt: ['publicado', 'atualizado', 'actualizado'],
  pl: ['opublikowano', 'aktualizacja', 'zaktualizowano'],
  nl: ['gepubliceerd', 'bijgewerkt'],
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
    'by ',
    'written by',
    'reporting by',
  ],
  ru: ['фото:', 'фото ', 'иллюстрация:', 'источник:', 'автор:', 'текст:'],
  uk: ['фото:', 'фото ', 'ілюстрація:', 'джерело:', 'автор:'],
  de: ['foto:', 'bild:', 'quelle:', 'von ', 'text:'],
  fr: ['photo :', 'photo:', 'crédit :', 'crédit:', 'crédits photos', 'crédit photo', 'image :', 'par '],
  es: ['foto:', 'fotografía:', 'imagen:', 'crédito:', 'por '],
  it: ['foto:', 'immagine:', 'credito:', 'di '],
  pt: ['foto:', 'imagem:', 'crédito:', 'por '],
  pl: ['fot.', 'foto:', 'zdjęcie:', 'źródło:', 'autor:'],
  nl: ['foto:', 'beeld:', 'bron:', 'door '],
  zh: ['图片来源', '圖片來源', '摄影', '攝影', '作者：', '记者'],
  ja: ['写真：', '写真:', '撮影', '提供：', '文：'],
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
  zh: ['分类：', '标签：', '分類：', '標籤：'],
  ja: ['カテゴリー:', 'タグ:', 'カテゴリー：'],
};
