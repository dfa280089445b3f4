import { citePolicy } from '../lib/policyCitation.ts';

/**
 * Copy-to-clipboard for the citation block and for each article's "引用" link on a
 * policy page. Without JavaScript (or clipboard access) the link still works: it
 * moves to the article and puts its anchor in the address bar.
 */
export function initCitationCopy(): void {
  const block = document.querySelector<HTMLElement>('[data-cite-url]');
  if (!block) return;
  const policy = { title: block.dataset.citeTitle ?? '', docNumber: block.dataset.citeDocNumber || undefined, url: block.dataset.citeUrl ?? '' };
  const status = block.querySelector<HTMLElement>('.citation__status');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const copy = async (text: string) => {
    if (!navigator.clipboard) return false;
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  };

  const button = block.querySelector<HTMLButtonElement>('[data-copy-citation]');
  if (button && navigator.clipboard) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      say((await copy(citePolicy(policy))) ? '已复制本文的引用。' : '复制失败，请选中上面的文字手动复制。');
    });
  }

  document.querySelectorAll<HTMLAnchorElement>('a.article-cite').forEach((link) => {
    link.addEventListener('click', async () => {
      const anchor = link.hash.slice(1);
      const label = link.getAttribute('aria-label')?.replace(/^引用/, '') ?? '';
      // The link still moves to the article; the copied text is a bonus.
      if (!(await copy(citePolicy(policy, { label, anchor })))) return;
      say(`已复制${label}的引用。`);
      link.textContent = '已复制';
      window.setTimeout(() => (link.textContent = '引用'), 2000);
    });
  });
}
