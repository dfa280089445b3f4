// @ts-check
// The banner of the editor's preview: a draft, or an entry dated after today, is not on the site.

/**
 * Today's date in Asia/Shanghai, as the build reckons it.
 * @param {Date} [now]
 * @returns {string}
 */
export function shanghaiToday(now = new Date()) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(now);
}

/**
 * Why an entry is not (yet) on the public site, as the preview's banner says it; empty when it is.
 * @example entryNotices({ draft: true }, '2026-11-21') // [{ kind: 'draft', label: '草稿', text: '…' }]
 * @param {{ draft?: unknown, publishedOn?: unknown }} data
 * @param {string} today YYYY-MM-DD
 * @returns {{ kind: 'draft' | 'embargo', label: string, text: string }[]}
 */
export function entryNotices(data, today) {
  const notices = [];
  if (data.draft === true) {
    notices.push({
      kind: /** @type {const} */ ('draft'),
      label: '草稿',
      text: '草稿：这个条目不会出现在网站上。要发布，请把“草稿”开关关掉再保存。',
    });
  }
  const published = typeof data.publishedOn === 'string' ? data.publishedOn : '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(published) && published > today) {
    notices.push({
      kind: /** @type {const} */ ('embargo'),
      label: '未发布',
      text: `未发布：发布日期是 ${published}，在这一天之前网站上看不到它。`,
    });
  }
  return notices;
}
