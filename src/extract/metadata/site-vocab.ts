/**
 * Words by which a page names its own site outside the meta tags: the copyright line in the footer
 * and the logo's class. Data only; site-evidence.ts decides how to use them.
 */

/** Anything a copyright or rights notice may hold; most text nodes have none (a cheap first test). */
export const RIGHTS_HINT =
  /©|\(c\)|copyright|reserved|vorbehalten|réservés|reservados|riservati|voorbehouden|защищены|zastrzeżone|版权|版權|著作権|저작권/i;

/** A copyright mark: with a year it makes a line the site's notice ("© 2026 Harbour Times"). */
export const COPYRIGHT_MARK = /©|\(c\)|\bcopyright\b/i;

/** A rights phrase makes a line the site's notice on its own ("版权所有 榕城快讯"). */
export const RIGHTS_PHRASES = [
  'all rights reserved',
  'alle rechte vorbehalten',
  'tous droits réservés',
  'todos los derechos reservados',
  'tutti i diritti riservati',
  'todos os direitos reservados',
  'alle rechten voorbehouden',
  'все права защищены',
  'wszelkie prawa zastrzeżone',
  '版权所有',
  '版權所有',
  '著作権',
  'all right reserved',
] as const;

/** Words a company adds after its name in a notice ("© 2026 Harbour Times Ltd."). */
export const COMPANY_FORMS = [
  'ltd',
  'limited',
  'inc',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'as',
  'oy',
  'corp',
  'co',
  'ооо',
  'ао',
] as const;

/**
 * Class or id words of the element holding the site's logo or name ("site-logo", "navbar-brand",
 * "masthead"), matched as whole tokens or token parts between "-" and "_".
 */
export const LOGO_CLASS = /(?:^|[\s_-])(?:logo|brand|site-?title|site-?name|masthead)(?:$|[\s_-])/i;

/** Class or id words of the page footer, matched like LOGO_CLASS ("site-footer", "footer_bottom"). */
export const FOOTER_CLASS = /(?:^|[\s_-])footer(?:$|[\s_-])/i;

/** Words naming a site's front page ("Home", "Startseite"): a link's label or a page's generic title. */
export const FRONT_PAGE_WORDS: readonly string[] = [
  'home',
  'homepage',
  'start',
  'startseite',
  'accueil',
  'inicio',
];

/** Names of a navigation link to the front page, never the site's own name. */
export const HOME_LINK_WORDS: ReadonlySet<string> = new Set([
  ...FRONT_PAGE_WORDS,
  'главная',
  '首页',
  '首頁',
  'ホーム',
  'トップ',
]);

/** Labels before a link to the article's category ("Category: <a>Travel</a>"), lowercase. */
export const CATEGORY_LABELS: readonly string[] = [
  // Not "Filed under:", which themes put before tags as often as before a category.
  ...['category', 'categories', 'kategorie', 'rubrik', 'ressort', 'catégorie', 'rubrique'],
  ...[
    'categoría',
    'sección',
    'categoria',
    'sezione',
    'rubrica',
    'kategoria',
    'dział',
    'rubriek',
    'categorie',
  ],
  ...[
    'рубрика',
    'категория',
    'категорія',
    'розділ',
    'раздел',
    '分类',
    '分類',
    '栏目',
    '欄目',
    'カテゴリー',
    'カテゴリ',
  ],
];
