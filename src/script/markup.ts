// Caption markup → plain text: <i>, <v Speaker>, <c.class>, {\an8} and HTML entities.

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '',
};

/** Decode the few entities captions use, and numeric ones. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Remove caption markup from one line: WebVTT/SRT tags (`<i>`, `<v Bob>`, `<00:00:01.000>`),
 * SSA override blocks some SRT files carry (`{\an8}`), then decode entities.
 */
export function stripMarkup(line: string): string {
  return decodeEntities(line.replace(/\{\\[^}]*\}/g, '').replace(/<[^>]*>/g, ''));
}
