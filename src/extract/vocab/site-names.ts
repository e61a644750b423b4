/**
 * Title suffixes that name a section or a kind of page, not an outlet ("… | News", "… – Startseite"):
 * a single word from this list is never taken as the site's name. Lower-case, whole names.
 */
export const GENERIC_SITE_NAMES: ReadonlySet<string> = new Set([
  ...['news', 'home', 'homepage', 'blog', 'article', 'latest', 'politics', 'world', 'opinion', 'sport'],
  ...['новости', 'главная', 'новини', 'головна', 'nachrichten', 'startseite', 'aktuelles'],
  ...['actualités', 'actualites', 'accueil', 'noticias', 'inicio', 'portada', 'notizie', 'notícias'],
  ...['wiadomości', 'aktualności', 'nieuws', 'home page', '新闻', '首页', 'ニュース', 'トップ'],
]);

/**
 * The outlet as the reporter, not the one asking: "X has contacted the council for comment", "told
 * X", "X has learned". A block that names the outlet with one of these is article text. Lower-case
 * substrings, all languages in one list (they are not words of each other's languages).
 */
export const OUTLET_REPORTING: readonly string[] = [
  ...['for comment', 'has contacted', 'contacted by', 'has approached', 'has learned', 'has learnt'],
  ...['told the', 'reported', 'revealed', 'has seen', 'obtained by', 'asked by'],
  ...['за комментарием', 'стало известно', 'сообщил', 'рассказал', 'выяснил'],
  ...['подтвердил', 'заявил', 'ответил', 'пояснил', 'сказал', 'написал', 'писал', 'писала', 'написала'],
  ...['написав', 'писав'],
  ...['за коментарем', 'стало відомо', 'повідомив', 'розповів', "з'ясував"],
  // An answer to the outlet's request ("у відповіді … на запит Громада.інфо").
  ...['на запит', 'на запити', 'на запрос', 'на запросы'],
  ...['підтвердив', 'підтвердила', 'заявив', 'заявила', 'пояснив', 'пояснила', 'повідомила', 'розповіла'],
  ...[
    'auf anfrage',
    'gegenüber',
    'erfuhr',
    'berichtete',
    'liegt vor',
    'nach informationen',
    'nach recherchen',
  ],
  // The outlet's own analysis, named in the third person ("Kellerfenster hat 3.200 Anzeigen ausgewertet").
  ...[
    'ausgewertet',
    'analysiert',
    'has analysed',
    'has analyzed',
    'a analysé',
    'ha analizado',
    'ha analizzato',
  ],
  ...[
    'analisou',
    'przeanalizował',
    'przeanalizowała',
    'heeft geanalyseerd',
    'проанализировал',
    'проаналізував',
  ],
  // "According to information of X" ("Nach Informationen der Wettertal Nachrichten will …").
  ...['according to information', 'selon les informations', 'según informaciones', 'secondo quanto appreso'],
  ...[
    'segundo informações',
    'według informacji',
    'volgens informatie van',
    'по информации',
    'за інформацією',
  ],
  ...['contacté par', 'a appris', 'sollicité', 'a révélé', 'selon nos informations'],
  ...['avait révélé', 'révélait', 'avait raconté', 'avait écrit', 'a écrit', 'écrivait'],
  ...['hatte berichtet', 'schrieb', 'hatte enthüllt'],
  ...['había revelado', 'reveló', 'publicó', 'había publicado'],
  ...['aveva rivelato', 'aveva raccontato', 'ha scritto', 'aveva scritto'],
  ...['had revealed', 'had reported', 'wrote', 'has written'],
  ...['schreef', 'had onthuld'],
  ...['consultado por', 'ha podido saber', 'ha sabido', 'informó', 'contactado por'],
  ...['contattato da', 'ha appreso', 'interpellato', 'ha rivelato'],
  // The same in the feminine and plural ("Contattata da Fuoriasse, Ristorart Nord ha risposto …").
  ...['contattata da', 'contattati da', 'contattate da', 'interpellata', 'interpellati'],
  ...['contactée par', 'contactés par', 'sollicitée', 'contactada por', 'contactados por', 'consultada por'],
  // Records it has seen ("selon des documents consultés par Le Rebond", "documents seen by the Courier").
  ...['consultés par', 'consultées par', 'consulté par', 'consultée par', 'obtenus par', 'obtenues par'],
  ...['seen by', 'reviewed by', 'consulted by', 'eingesehen', 'consultados por', 'consultadas por'],
  ...['consultati da', 'visionati da', 'esaminati da', 'obtidos pelo', 'obtidos pela', 'consultados pelo'],
  ...['ingezien door', 'в распоряжении', 'в розпорядженні'],
  // Records it was able to read ("Finanzunterlagen, die Correctum und der MDR auswerten konnten").
  ...['auswerten konnte', 'auswerten konnten', 'einsehen konnte', 'einsehen konnten', 'vorliegen'],
  ...['was able to review', 'were able to review', 'a pu consulter', 'ont pu consulter'],
  ...['pudo consultar', 'pudieron consultar', 'ha potuto consultare', 'hanno potuto consultare'],
  ...['teve acesso', 'tiveram acesso'],
  // Its questions left unanswered ("did not respond to two emails and a phone call from the Dispatch").
  ...['did not respond', 'did not reply', 'declined to comment', 'reagierte nicht', "n'a pas répondu"],
  ...['n’a pas répondu', 'no respondió', 'non ha risposto', 'não respondeu', 'nie odpowiedział'],
  ...['reageerde niet', 'не ответил', 'не відповів', 'не ответила', 'не відповіла'],
  // Records handed to it ("Figures released to the Dispatch under freedom of information").
  ...['released to', 'provided to', 'shared with', 'übermittelt', 'communiqués à', 'facilitados a'],
  // Its own count or survey ("segundo levantamento da Folha do Cerrado nos dados do TSE").
  ...['levantamento', 'according to an analysis', 'according to a tally', 'an analysis by', 'a tally by'],
  ...['nach einer auswertung', 'eine auswertung', 'selon un décompte', 'selon un recensement'],
  ...['según un análisis', 'según un recuento', 'según datos recopilados', "secondo un'analisi"],
  ...['volgens een analyse', 'uit een analyse van', 'wynika z analizy', 'według wyliczeń'],
  ...['по подсчетам', 'по подсчётам', 'за підрахунками'],
  // Figures it asked for ("cijfers … die Noorderbericht heeft opgevraagd").
  ...['opgevraagd', 'opvroeg', 'angefordert', 'requested by', 'запросил', 'запросила', 'запитав'],
  // Records it obtained ("Lente Civica ha ottenuto gli atti con quarantadue richieste …").
  ...['has obtained', 'ha ottenuto', 'a obtenu', 'ha obtenido', 'obteve', 'uzyskał', 'uzyskała'],
  ...['verkreeg', 'получил', 'получила', 'получило', 'отримав', 'отримала', 'отримало'],
  ...['procurado pelo', 'procurada pelo', 'procurado pela', 'procurada pela', 'apurou', 'revelou'],
  ...['contactado pelo', 'contactada pelo', 'contactado pela', 'contactada pela', 'contatado pelo'],
  ...['contatada pelo', 'contatado pela', 'contatada pela', 'questionado pelo', 'questionada pelo'],
  ...['zapytany przez', 'zapytana przez', 'dowiedział', 'ustalił', 'ustaliła'],
  ...['navraag van', 'heeft vernomen', 'meldde', 'onthulde', 'na vragen van', 'op vragen van', 'tegenover'],
  ...['记者', '采访', '获悉'],
  ...['取材に対し', '取材で', '記者に', '記者の取材', 'の調べ'],
  // Records it obtained, and its data named ("アカリ調査報道が入手した", "за даними «Міста Л»").
  ...['が入手した', 'за даними', 'по данным'],
  // Interviews and the outlet's earlier stories: "X spoke with the club's president", "as X showed".
  ...[
    'spoke with',
    'spoke to',
    'talked to',
    'interviewed',
    'sprach mit',
    'hat mit',
    'a parlé avec',
    'a rencontré',
  ],
  ...[
    'habló con',
    'conversó con',
    'entrevistó',
    'ha parlato con',
    'ha intervistato',
    'falou com',
    'conversou com',
  ],
  ...[
    'entrevistou',
    'mostrou',
    'noticiou',
    'rozmawiał',
    'rozmawiała',
    'sprak met',
    'поговорил',
    'поговорила',
  ],
  ...['поговорив', 'поговорила', 'побеседовал'],
  // The outlet's own investigation told in the story: "Il Setaccio ha ricostruito la catena …".
  ...['has reconstructed', 'has analysed', 'has analyzed', 'has examined', 'has established'],
  ...['hat recherchiert', 'recherchierte', 'hat ausgewertet', 'rekonstruiert'],
  ...['a reconstitué', 'a enquêté', 'a analysé', 'a consulté', 'ha reconstruido', 'ha analizado'],
  ...['ha tenido acceso', 'ha ricostruito', 'ha analizzato', 'ha consultato', 'ha verificato'],
  ...['reconstituiu', 'analisou', 'teve acesso', 'przeanalizował', 'zrekonstruował', 'dotarł'],
  ...['reconstrueerde', 'analyseerde', 'heeft ingezien', 'проанализировал', 'изучил'],
  ...['проаналізував', 'вивчив'],
];
