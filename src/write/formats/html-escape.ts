/** HTML escaping for text and double-quoted attribute values. */
import { stripControlChars } from './markdown-escape.js';

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for element content or a double-quoted attribute; control characters are dropped. */
export function escapeHtml(text: string): string {
  return stripControlChars(text).replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c]!);
}
