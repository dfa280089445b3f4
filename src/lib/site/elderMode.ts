/**
 * The reader's 适老化 (elder-friendly) choice, kept in localStorage so it holds across pages.
 * The key is also read by public/before-paint.js before the page is painted.
 */

/** The localStorage key; public/before-paint.js reads the same key. */
export const ELDER_MODE_KEY = 'rencai-elder-mode';

/** Storage as far as the switch needs it (window.localStorage in the browser). */
export interface ElderModeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The saved choice, 'off' when nothing (or something unreadable) is saved.
 * @example readElderMode({ getItem: () => 'on', setItem() {} }) // 'on'
 */
export function readElderMode(storage: ElderModeStorage): 'on' | 'off' {
  try {
    return storage.getItem(ELDER_MODE_KEY) === 'on' ? 'on' : 'off';
  } catch {
    return 'off';
  }
}

/** Saves the choice; in private browsing, where storage throws, the page still switches. */
export function writeElderMode(storage: ElderModeStorage, mode: 'on' | 'off'): void {
  try {
    storage.setItem(ELDER_MODE_KEY, mode);
  } catch {
    /* not remembered, but applied */
  }
}
