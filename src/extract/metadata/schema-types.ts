/** schema.org types, as data: which JSON-LD / microdata nodes describe the article itself. */

/** Types whose node is the article (most trusted for headline, authors, dates). */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article',
  'newsarticle',
  'blogposting',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'liveblogposting',
  'techarticle',
  'scholarlyarticle',
  'medicalscholarlyarticle',
  'report',
  'socialmediaposting',
  'discussionforumposting',
  'satiricalarticle',
  'advertisercontentarticle',
  'review',
  'recipe',
  'howto',
  'creativework',
  'posting',
]);

/** Page-level types: used only when no article node exists. */
export const PAGE_TYPES: ReadonlySet<string> = new Set([
  'webpage',
  'itempage',
  'aboutpage',
  'collectionpage',
  'profilepage',
  'qapage',
  'faqpage',
  'medicalwebpage',
]);

export const PERSON_TYPES: ReadonlySet<string> = new Set(['person']);

export const ORGANIZATION_TYPES: ReadonlySet<string> = new Set([
  'organization',
  'newsmediaorganization',
  'corporation',
  'educationalorganization',
  'governmentorganization',
  'localbusiness',
  'ngo',
  'onlinebusiness',
]);

export const WEBSITE_TYPES: ReadonlySet<string> = new Set(['website']);
