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
