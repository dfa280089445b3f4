import { pinyin } from 'pinyin-pro';

/**
 * A URL slug suggested for a Chinese title or name: words (found by the ICU word segmenter
 * built into `Intl`) in toneless pinyin, joined by hyphens, the way the sample's slugs are
 * written by hand (`高层次人才引进办法` → `gaocengci-rencai-yinjin-banfa` or close to it).
 * Only a suggestion: editors may shorten it.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/**
 * Suggests an ASCII kebab-case slug for a text.
 * @example suggestPinyinSlug('博士研究生安家补贴') // 'boshi-yanjiusheng-anjia-butie'
 * @example suggestPinyinSlug('2026年人才补贴') // '2026-nian-rencai-butie'
 */
export function suggestPinyinSlug(text: string): string {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC'))) {
    if (!isWordLike) continue;
    const word = HAN.test(segment)
      ? pinyin(segment, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('')
      : segment;
    const ascii = word.toLowerCase().replace(/[^a-z0-9]+/g, '');
    if (ascii) words.push(ascii);
  }
  return words.join('-');
}
