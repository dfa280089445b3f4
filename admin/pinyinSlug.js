// @ts-check
// Shared by the editor in the browser (with pinyin-pro's browser build) and by the unit tests in
// Node, so the slug the clerk is offered is the one the tests check.

/** Longest slug the editor suggests; longer titles are cut at a syllable boundary. */
export const MAX_SUGGESTED_SLUG_LENGTH = 60;

/**
 * @typedef {(text: string, options: { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true }) =>
 *   { origin: string, pinyin: string, isZh: boolean }[]} PinyinFunction
 */

/**
 * A slug suggested for a Chinese title: its pinyin without tones, a hyphen between syllables,
 * ASCII letters and digits kept, everything else (punctuation, 《》, spaces) dropped; cut at a
 * syllable boundary. Empty when nothing is left.
 * @example pinyinSlug('澄溪县人才公寓管理办法', pinyin) // 'cheng-xi-xian-ren-cai-gong-yu-guan-li-ban-fa'
 * @param {string} title
 * @param {PinyinFunction} pinyin pinyin-pro's `pinyin`
 * @param {number} [maxLength]
 * @returns {string}
 */
export function pinyinSlug(title, pinyin, maxLength = MAX_SUGGESTED_SLUG_LENGTH) {
  const words = [];
  for (const part of pinyin(title, {
    toneType: 'none',
    type: 'all',
    nonZh: 'consecutive',
    v: true,
  })) {
    const text = part.isZh ? part.pinyin : part.origin;
    words.push(
      ...text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );
  }
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug;
}

/**
 * The slug of an existing entry from its path: the folder of a talent's `index.md`, else the file name.
 * @example slugOfPath('content/talents/long-siyuan/index.md') // 'long-siyuan'
 * @example slugOfPath('policies/2024/gaocengci-rencai-yinjin-banfa.md') // 'gaocengci-rencai-yinjin-banfa'
 * @param {string} path
 * @returns {string}
 */
export function slugOfPath(path) {
  const parts = path.split('/');
  const file = (parts.pop() ?? '').replace(/\.[^.]+$/, '');
  return file === 'index' && parts.length ? /** @type {string} */ (parts.pop()) : file;
}
