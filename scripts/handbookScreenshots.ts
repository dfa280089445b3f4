/**
 * npm run handbook:screenshots
 * Takes the screenshots of the editors' handbook (docs/编辑手册.md) at 1280×800: the web editor
 * of `npm run cms` in Debian's Chromium, on a temporary copy of content/ (the repository's
 * content is never changed). Writes docs/images/*.png. Not a test: run it after changing the
 * editor, look at every picture, and commit them.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startCmsServer } from './lib/cmsServer.ts';
import { launchChromium } from '../test/support/browser.ts';
import { copyTree } from '../test/support/contentTrees.ts';
import {
  answerDialogs,
  attachFile,
  choose,
  fieldInput,
  newEntry,
  openEditor,
  save,
  setSwitch,
  typeInto,
  validationPanel,
} from '../test/support/cmsEditor.ts';
import { shanghaiDate } from '../src/lib/shared/isoDate.ts';

const OUT = resolve('docs/images');
const SAMPLE_PDF = resolve('test/fixtures/valid/policies/sub/shenbao-biao.pdf');
const SAMPLE_PHOTO = resolve('content/talents/du-qinghe/photo.jpg');

const tree = copyTree('content');
const cms = await startCmsServer({ contentDir: tree.dir, asOf: shanghaiDate(new Date()), port: 0 });
const browser = await launchChromium();
mkdirSync(OUT, { recursive: true });

/** Saves the window as the handbook shows it, after the editor has settled. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/images/${name}.png`);
}

/** Scrolls the form so that a field is near the top of the window. */
async function scrollTo(page: Page, name: string): Promise<void> {
  await fieldInput(page, name).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -90);
}

/** Picks an entry in a relation field (a searchable list of titles). */
async function pick(page: Page, name: string, search: string, title: string): Promise<void> {
  await fieldInput(page, name).fill(search);
  await page.getByRole('option', { name: title, exact: true }).click();
}

try {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  answerDialogs(page);
  await openEditor(page, cms.url);

  // 1. The collections and the list of policies.
  await page.goto(`${cms.url}#/collections/policies`);
  await page.getByText('排序', { exact: true }).waitFor();
  await shot(page, '01-zhengce-liebiao');

  // 2–4. A new policy: fields, body and attachment, saved and checked.
  await newEntry(page, cms.url, 'policies');
  await typeInto(page, 'title', '澄溪县青年人才驿站管理办法');
  await choose(page, 'kind', '办法');
  await page.getByRole('button', { name: /新增发文机关/ }).click();
  await typeInto(page, 'issuer', '中共澄溪县委人才工作领导小组办公室');
  await typeInto(page, 'docNumber', '澄委人才办发〔2026〕21号');
  await choose(page, 'topic', '人才服务保障');
  await fieldInput(page, 'publishedOn').fill('2026-12-01');
  await page.keyboard.press('Escape');
  await scrollTo(page, 'slug');
  await shot(page, '02-zhengce-xinjian');
  await typeInto(page, 'summary', '明确青年人才驿站的入住条件、入住期限和管理要求。');
  await fieldInput(page, 'body').fill(
    '第一条　为做好青年人才驿站管理，服务来澄溪县求职创业的青年人才，制定本办法。\n\n第二条　本办法所称青年人才驿站，是指为来县求职的高校毕业生提供短期免费住宿的场所。\n\n第三条　本办法自发布之日起施行。',
  );
  await page.getByRole('button', { name: /新增附件/ }).click();
  await page.locator('input[id^="title-field"]').last().fill('驿站入住申请表');
  await attachFile(page, /选择文件/, SAMPLE_PDF);
  await scrollTo(page, 'body');
  await shot(page, '03-zhengce-zhengwen-fujian');
  await setSwitch(page, 'draft', false);
  await save(page);
  await validationPanel(page);
  await shot(page, '04-baocun-jiaoyan');

  // 5. A 解读 of an existing policy.
  await newEntry(page, cms.url, 'policies');
  await typeInto(page, 'title', '《澄溪县青年人才驿站管理办法》政策解读');
  await choose(page, 'kind', '解读');
  await scrollTo(page, 'interprets');
  await fieldInput(page, 'interprets').fill('驿站');
  await page.getByRole('option').first().waitFor();
  await shot(page, '05-jiedu-guanlian');
  await page.keyboard.press('Escape');

  // 6. An incentive: its policy, clause, type and amount.
  await newEntry(page, cms.url, 'incentives');
  await typeInto(page, 'title', '青年人才驿站免费住宿');
  await pick(page, 'policy', '高层次', '澄溪县高层次人才引进办法');
  await typeInto(page, 'clause', '第十二条');
  await choose(page, 'benefit', '人才公寓');
  await scrollTo(page, 'policy');
  await shot(page, '06-jili-xinjian');

  // 7. A talent with a photo; 本人同意公开 ticked by the clerk.
  await newEntry(page, cms.url, 'talents');
  await typeInto(page, 'name', '周小雨');
  await attachFile(page, /选择图片/, SAMPLE_PHOTO);
  await typeInto(page, 'photoAlt', '周小雨在茶园里查看新芽');
  await setSwitch(page, 'consent', true);
  await choose(page, 'team', '农村实用人才');
  await typeInto(page, 'field', '茶叶');
  await page
    .getByText('照片', { exact: true })
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -90);
  await shot(page, '07-rencai-zhaopian');

  // 8. A year of statistics.
  await page.goto(`${cms.url}#/collections/indicators`);
  await page.getByText('排序', { exact: true }).waitFor();
  await page.getByText('2025 年', { exact: true }).click();
  await fieldInput(page, 'total').waitFor();
  await shot(page, '08-niandu-tongji');

  // 9. The site's information.
  await page.goto(`${cms.url}#/collections/site`);
  await page.getByText('网站信息（site.yaml）', { exact: true }).click();
  await fieldInput(page, 'name').waitFor();
  await shot(page, '09-wangzhan-xinxi');

  // 10. Mistakes the editor catches before saving.
  await newEntry(page, cms.url, 'policies');
  await fieldInput(page, 'slug').fill('cuowu-shili');
  await typeInto(page, 'docNumber', '澄委人才办发【2026】22号');
  await save(page);
  await page.getByText('发文字号格式不对', { exact: false }).first().waitFor();
  await scrollTo(page, 'title');
  await shot(page, '10-tianxie-cuowu');

  // 11. A mistake only the project's validator finds: a clause the policy does not have.
  await page
    .getByText('你漏掉了一个必填项')
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 });
  await page.goto(`${cms.url}#/collections/incentives`);
  await page.getByText('高层次人才津贴', { exact: true }).first().click();
  await fieldInput(page, 'clause').fill('第三十二条');
  await save(page);
  await page.locator('#rencai-problems.has-errors').waitFor();
  await scrollTo(page, 'clause');
  await shot(page, '11-jiaoyan-cuowu');
} finally {
  await browser.close();
  await cms.close();
  tree.cleanup();
}
