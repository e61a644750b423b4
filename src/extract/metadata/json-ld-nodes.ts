/**
 * JSON-LD scripts → a flat list of typed nodes. Handles arrays, `@graph`, nested `mainEntity`, and
 * `{"@id": …}` references, so readers can ask "the article node" and "the node with this id".
 */

import { collapseSpaces } from '../text.js';
import { decodeEntities } from './html-entities.js';
import { parseLooseJson } from './loose-json.js';

export type JsonNode = Record<string, unknown>;

export interface JsonLdGraph {
  nodes: JsonNode[];
  byId: Map<string, JsonNode>;
}

/** Parse every `application/ld+json` script once (broken ones are repaired or skipped). */
export function readJsonLdGraph(scripts: readonly string[]): JsonLdGraph {
  const nodes: JsonNode[] = [];
  for (const script of scripts) {
    for (const value of parseLooseJson(script)) collect(value, nodes, 0);
  }
  const byId = new Map<string, JsonNode>();
  for (const node of nodes) {
    const id = node['@id'];
    // A bare reference ({"@id": x}) must not shadow the full node it points to.
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  return { nodes, byId };
}

function collect(value: unknown, out: JsonNode[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const node = value as JsonNode;
  out.push(node);
  if (node['@graph']) collect(node['@graph'], out, depth + 1);
  // An article may hang under a WebPage's mainEntity (or the reverse).
  for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
    const child = node[key];
    if (child && typeof child === 'object') collect(child, out, depth + 1);
  }
}

/** The node's `@type`s, lowercased, without a schema.org prefix. */
export function nodeTypes(node: JsonNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/, '').toLowerCase());
}

export function hasType(node: JsonNode, types: ReadonlySet<string>): boolean {
  return nodeTypes(node).some((t) => types.has(t));
}

/** Follow an `{"@id": …}` reference to its full node, when the graph has it. */
export function deref(value: unknown, graph: JsonLdGraph): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as JsonNode)['@id'];
    if (typeof id === 'string' && Object.keys(value).length === 1) return graph.byId.get(id) ?? value;
  }
  return value;
}

/**
 * A plain string from a JSON-LD value: a string, a number, or an object's `@value`/`name`. Every
 * field read from JSON-LD passes here, so here its HTML entities are decoded, once: the script's
 * text never went through the HTML parser ("Ben &amp; Jerry&#8217;s").
 */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return collapseSpaces(decodeEntities(value)).trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') {
    const obj = value as JsonNode;
    return textOf(obj['@value'] ?? obj.name);
  }
  return null;
}
