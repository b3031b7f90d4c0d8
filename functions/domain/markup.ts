const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The one escaper of text put into XML (the feed, the sitemap) or HTML (the emails): the five
 * characters that can end a text node or a quoted attribute, as entities both languages read.
 * Everything else, Azerbaijani letters included, goes through as it is (the documents are UTF-8).
 */
export function escapeMarkup(value: string): string {
  return value.replace(/[&<>"']/g, (char) => entities[char] as string);
}
