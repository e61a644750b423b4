/**
 * Article facts from JSON-LD: the article node (NewsArticle, BlogPosting, … incl. inside `@graph`),
 * else a WebPage node, plus the WebSite/publisher name. Strings are read through `textOf`, which
 * decodes their HTML entities; other modules clean names, normalise dates and resolve URLs.
 */
import { deref, hasType, type JsonLdGraph, type JsonNode, textOf } from './json-ld-nodes.js';
import {
  ARTICLE_TYPES,
  ORGANIZATION_TYPES,
  PAGE_TYPES,
  PERSON_TYPES,
  WEBSITE_TYPES,
} from './schema-types.js';

export interface AuthorRef {
  name: string;
  /** false for an Organization; null when the page does not say. */
  person: boolean | null;
}

export interface JsonLdFacts {
  /** true when the facts come from an article-typed node, false for a page-level node. */
  fromArticle: boolean;
  headline: string | null;
  authors: AuthorRef[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  siteName: string | null;
  image: string | null;
  keywords: string[];
  section: string | null;
  description: string | null;
  language: string | null;
}

/** Facts from the most article-like node; null when the page has no usable JSON-LD. */
export function readJsonLdFacts(graph: JsonLdGraph): JsonLdFacts | null {
  const article = graph.nodes.find((n) => hasType(n, ARTICLE_TYPES) && isTopic(n));
  const page = graph.nodes.find((n) => hasType(n, PAGE_TYPES));
  const node = article ?? page;
  const website = graph.nodes.find((n) => hasType(n, WEBSITE_TYPES));
  const siteName = website ? textOf(website.name) : null;
  if (!node) return siteName ? { ...EMPTY, siteName } : null;
  const publisher = deref(node.publisher, graph);
  return {
    fromArticle: Boolean(article),
    headline: textOf(node.headline) ?? textOf(node.name),
    authors: readAuthors(node.author ?? node.creator, graph),
    datePublished: textOf(node.datePublished) ?? textOf(node.dateCreated) ?? textOf(node.uploadDate),
    dateModified: textOf(node.dateModified),
    publisher: textOf(publisher),
    siteName,
    image: imageUrl(deref(node.image, graph) ?? deref(node.thumbnailUrl, graph)),
    keywords: readKeywords(node.keywords),
    section: textOf(node.articleSection),
    description: textOf(node.description),
    language: textOf(node.inLanguage),
  };
}

const EMPTY: JsonLdFacts = {
  fromArticle: false,
  headline: null,
  authors: [],
  datePublished: null,
  dateModified: null,
  publisher: null,
  siteName: null,
  image: null,
  keywords: [],
  section: null,
  description: null,
  language: null,
};

/** A Review or Recipe node nested in an article must not win over it; skip headline-less shells. */
function isTopic(node: JsonNode): boolean {
  return Boolean(node.headline ?? node.name ?? node.datePublished ?? node.author);
}

function readAuthors(value: unknown, graph: JsonLdGraph): AuthorRef[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const out: AuthorRef[] = [];
  for (const item of list) {
    const resolved = resolveAuthor(item, graph);
    if (typeof resolved === 'string') {
      const name = textOf(resolved);
      if (name) out.push({ name, person: null });
      continue;
    }
    if (!resolved || typeof resolved !== 'object' || Array.isArray(resolved)) continue;
    const node = resolved as JsonNode;
    const person = hasType(node, PERSON_TYPES) ? true : hasType(node, ORGANIZATION_TYPES) ? false : null;
    for (const name of namesOf(node)) out.push({ name, person });
  }
  return out;
}

/**
 * The author node, following its `@id` into the graph when the node itself carries no name: a bare
 * `{"@id": …}`, or `{"@type": "Person", "@id": …}` pointing at the full Person elsewhere.
 */
function resolveAuthor(item: unknown, graph: JsonLdGraph): unknown {
  const resolved = deref(item, graph);
  if (!resolved || typeof resolved !== 'object' || Array.isArray(resolved)) return resolved;
  const node = resolved as JsonNode;
  const id = node['@id'];
  if (node.name !== undefined || typeof id !== 'string') return node;
  return graph.byId.get(id) ?? node;
}

/** A node's names: `name` (each of them when it is a list), else given plus family name. */
function namesOf(node: JsonNode): string[] {
  const raw = Array.isArray(node.name) ? node.name : [node.name];
  const names = raw.map(textOf).filter((n): n is string => n !== null);
  const given = textOf(node.givenName);
  const family = textOf(node.familyName);
  if (!names.length && given && family) names.push(`${given} ${family}`);
  const bio = textOf(node.description);
  return names.length === 1 ? [fullNameFromBio(names[0]!, bio)] : names;
}

/**
 * "Stefanus" whose bio opens "Stefanus Stahl - Maschinenbauer, …": a profile shown by first name
 * only, while its own description starts with the full name (one or two more capitalised words,
 * then a dash, comma, bracket or the end of a sentence clause).
 */
function fullNameFromBio(name: string, bio: string | null): string {
  if (!bio || name.includes(' ') || !bio.startsWith(`${name} `)) return name;
  const rest = /^((?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?=\s*[-–—,(:|]|\s+(?:is|ist|est|es|è|was|war)\s)/u.exec(
    bio.slice(name.length),
  );
  return rest ? `${name}${rest[1]}` : name;
}

function imageUrl(value: unknown): string | null {
  if (typeof value === 'string') return textOf(value);
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (value && typeof value === 'object') {
    const obj = value as JsonNode;
    return imageUrl(obj.url ?? obj.contentUrl ?? obj['@id']);
  }
  return null;
}

function readKeywords(value: unknown): string[] {
  if (typeof value === 'string') return (textOf(value) ?? '').split(',');
  if (Array.isArray(value)) return value.flatMap((v) => textOf(v) ?? []);
  return [];
}
