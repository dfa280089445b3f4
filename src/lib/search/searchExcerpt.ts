/**
 * Pagefind's excerpts are HTML: the page text with `<`, `>` and `&` escaped, and the matched
 * words wrapped in `<mark>`. The search page never inserts them as HTML: it reads only the
 * exact tags `<mark>` and `</mark>` as markup and turns everything else into text, so an
 * excerpt cannot add an element, an attribute or a script, whatever the indexed page said.
 */

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Text with HTML character references decoded (named ones Pagefind writes, and numeric ones).
 * @example decodeEntities('&lt;b&gt; &amp; &#27861;') // '<b> & 法'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * An excerpt as text runs: `<mark>…</mark>` becomes a marked run, any other tag-like text
 * stays literal text. Zero-width spaces are removed, adjacent runs of the same kind merged
 * and empty runs dropped.
 * @example excerptParts('申请<mark>人才公寓</mark>的条件') // [{ text: '申请', marked: false }, { text: '人才公寓', marked: true }, { text: '的条件', marked: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/u)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      // Pagefind separates the words it segmented with zero-width spaces; readers need not copy them.
      const text = decodeEntities(piece).replaceAll('\u200b', '');
      if (!text) continue;
      const last = parts.at(-1);
      if (last?.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}
