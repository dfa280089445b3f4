import type { BrowserContext, Page } from 'playwright-core';

/**
 * Drives the web editor (Decap CMS under /admin/ of `npm run cms`) the way a clerk does: by
 * labels and buttons, never by Decap's internal class names. Used by the browser tests and by
 * the script that takes the handbook's screenshots.
 */

/** Opens the editor and enters it (the local editor has no account: one button). */
export async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: '进入编辑器' }).click();
  await page.getByRole('link', { name: '政策文件' }).first().waitFor();
}

/** Opens the form for a new entry of a collection. */
export async function newEntry(page: Page, url: string, collection: string): Promise<void> {
  // Through the list: going from one new entry straight to another keeps the first one's draft.
  await page.goto(`${url}#/collections/${collection}`);
  await page.getByText('排序', { exact: true }).waitFor();
  await page.goto(`${url}#/collections/${collection}/new`);
  await page.locator('input[id^="slug-field"]').waitFor();
}

/**
 * Answers the editor's confirmations: leaving a form with unsaved changes is fine (a test or a
 * screenshot moves on), restoring an unsaved backup of an earlier form is not.
 */
export function answerDialogs(page: Page): void {
  page.on(
    'dialog',
    (dialog) => void (dialog.message().includes('备份') ? dialog.dismiss() : dialog.accept()),
  );
}

/** The text input of a field, found by the id Decap derives from the field's name. */
export const fieldInput = (page: Page, name: string) =>
  page.locator(`input[id^="${name}-field"], textarea[id^="${name}-field"]`).first();

/** Types text as a person does, key by key (Chinese characters included), at a person's pace. */
export async function typeInto(page: Page, name: string, text: string): Promise<void> {
  const input = fieldInput(page, name);
  await input.click();
  await input.pressSequentially(text, { delay: 40 });
}

/** Picks a value of a select (vocabulary) field. */
export async function choose(page: Page, name: string, value: string): Promise<void> {
  const input = fieldInput(page, name);
  await input.fill(value);
  await page.getByRole('option', { name: value, exact: true }).click();
}

/** Sets a switch (true/false field) to a state. */
export async function setSwitch(page: Page, name: string, on: boolean): Promise<void> {
  const toggle = page.locator(`button[id^="${name}-field"][role="switch"]`);
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
}

/**
 * Types into the body through an input method: each piece is composed (拼音 shown underlined
 * as the clerk types), then committed, as Chinese IMEs do. Decap's rich-text editor loses or
 * doubles such text; the plain Markdown box keeps it.
 */
export async function composeInto(
  context: BrowserContext,
  page: Page,
  name: string,
  pieces: string[],
): Promise<void> {
  await fieldInput(page, name).click();
  const cdp = await context.newCDPSession(page);
  for (const piece of pieces) {
    if (/^\n+$/.test(piece)) {
      for (const newline of piece) await page.keyboard.press(newline === '\n' ? 'Enter' : newline);
      continue;
    }
    for (let n = 1; n < Math.min(piece.length, 3); n++) {
      await cdp.send('Input.imeSetComposition', {
        text: piece.slice(0, n),
        selectionStart: n,
        selectionEnd: n,
      });
    }
    await cdp.send('Input.insertText', { text: piece });
  }
  await cdp.detach();
}

/** Uploads a file through a file or image field's media dialog and puts it into the field. */
export async function attachFile(page: Page, buttonName: RegExp, file: string): Promise<void> {
  await page.getByRole('button', { name: buttonName }).last().click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('上传', { exact: true }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: '选用已选中项目' }).click();
}

/** Saves the entry (the editor's 保存 → 立即保存). */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('立即保存', { exact: true }).click();
}

/** The panel in which the project's validator reports on the saved file, once it has. */
export async function validationPanel(page: Page): Promise<string> {
  const panel = page.locator('#rencai-problems');
  await panel.waitFor({ state: 'visible' });
  return panel.innerText();
}
