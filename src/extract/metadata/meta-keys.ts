/**
 * Which `<meta>` keys (lowercased name / property / itemprop) carry which field, most trusted
 * first. Data only; the field modules decide how to use them.
 */

/**
 * Dublin Core, which few pages give and then on purpose, before OpenGraph; its RDFa property form
 * (`property="dc:title"`) before the older name form (`name="DC.title"`), as Readability reads them.
 */
export const TITLE_KEYS = [
  'dc:title',
  'dcterm:title',
  'dc.title',
  'dcterms.title',
  'og:title',
  'twitter:title',
  'parsely-title',
  'sailthru.title',
  'citation_title',
  'headline',
  'title',
] as const;

export const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date.created',
  'dc.date',
  'dcterms.date',
  'dc:date',
  'citation_publication_date',
  'citation_online_date',
  'citation_date',
  'article.published',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'date',
  'rnews:datepublished',
  'bt:pubdate',
  'cxenseparse:recs:publishtime',
  'og:pubdate',
  'datecreated',
] as const;

export const MODIFIED_KEYS = [
  'article:modified_time',
  'og:article:modified_time',
  'article:modified',
  'og:updated_time',
  'datemodified',
  'modified_time',
  'dcterms.modified',
  'dc.date.modified',
  'last-modified',
  'lastmod',
] as const;

export const AUTHOR_KEYS = [
  'dc:creator',
  'dcterm:creator',
  'dc.creator',
  'dcterms.creator',
  'author',
  'article:author',
  'og:article:author',
  'parsely-author',
  'sailthru.author',
  'citation_author',
  'byl',
] as const;

export const SITE_NAME_KEYS = [
  'og:site_name',
  'application-name',
  'apple-mobile-web-app-title',
  'publisher',
  'dc.publisher',
  'twitter:site',
] as const;

export const DESCRIPTION_KEYS = [
  'og:description',
  'description',
  'twitter:description',
  'dc.description',
  'dcterms.description',
] as const;

export const IMAGE_KEYS = [
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
  'twitter:image:src',
  'thumbnailurl',
  'image',
] as const;

export const SECTION_KEYS = [
  'article:section',
  'og:article:section',
  'parsely-section',
  'sailthru.section',
  'section',
  'category',
] as const;

export const TAG_KEYS = [
  'article:tag',
  'og:article:tag',
  'parsely-tags',
  'sailthru.tags',
  'keywords',
  'news_keywords',
] as const;

export const LANGUAGE_KEYS = [
  'content-language',
  'language',
  'dc.language',
  'og:locale',
  'inlanguage',
] as const;
