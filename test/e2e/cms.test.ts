import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { copyTree, type TreeCopy } from '../support/contentTrees.ts';
import { TEST_AS_OF, TEST_OUTPUT } from '../support/testSites.ts';
import {
  answerDialogs,
  attachFile,
  choose,
  composeInto,
  fieldInput,
  newEntry,
  openEditor,
  save,
  setSwitch,
  typeInto,
  validationPanel,
} from '../support/cmsEditor.ts';
import { startCmsServer, type CmsServer } from '../../scripts/lib/cmsServer.ts';

/**
 * The web editor of `npm run cms` in Debian's Chromium, on a copy of the fixture tree (the
 * repository's content/ is never touched): a clerk creates a policy and a talent, the files
 * appear where the content contract puts them, validate passes and the built site shows them;
 * a wrong entry gets Chinese messages in the editor.
 */

const POLICY_SLUG = 'ce-shi-xian-qing-nian-ren-cai-yi-zhan-guan-li-ban-fa';
const TALENT_SLUG = 'zhou-xiao-yu';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let tree: TreeCopy;
let cms: CmsServer;
const outside: string[] = [];

beforeAll(async () => {
  tree = copyTree();
  cms = await startCmsServer({ contentDir: tree.dir, asOf: TEST_AS_OF, port: 0 });
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  // Leaving a form with unsaved changes asks for confirmation; a failed test must not block the next.
  answerDialogs(page);
  // Nothing may depend on a third-party service: record any request that leaves this machine.
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (/^https?:$/.test(protocol) && hostname !== 'localhost' && hostname !== '127.0.0.1')
      outside.push(request.url());
  });
  await openEditor(page, cms.url);
});
// A failing step leaves a picture of the editor as it was, to see why (.test-output/cms-failures/).
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !page) return;
  const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
  await page
    .screenshot({ path: join(TEST_OUTPUT, 'cms-failures', `${name}.png`) })
    .catch(() => undefined);
});
afterAll(async () => {
  await browser?.close();
  await cms?.close();
  tree?.cleanup();
});

const run = (script: string, args: string[] = [], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: tree.dir, SITE_AS_OF: TEST_AS_OF, ...env },
  });

describe('the web editor (npm run cms) in Chromium', () => {
  test('shows its interface in Chinese, with the collections of the content layout', async () => {
    await page.goto(cms.url);
    for (const label of ['政策文件', '激励事项', '人才风采', '年度统计', '网站信息']) {
      await page.getByRole('link', { name: label }).first().waitFor();
    }
    await page.getByText('测试县人才引进办法').first().waitFor();
  });

  test('creates a policy with two articles typed in Chinese and a PDF attachment', async () => {
    await newEntry(page, cms.url, 'policies');
    await typeInto(page, 'title', '测试县青年人才驿站管理办法');
    // The slug is suggested in pinyin from the title.
    await expect.poll(() => fieldInput(page, 'slug').inputValue()).toBe(POLICY_SLUG);
    await choose(page, 'kind', '办法');
    await page.getByRole('button', { name: /新增发文机关/ }).click();
    await typeInto(page, 'issuer', '中共测试县委人才工作领导小组办公室');
    await typeInto(page, 'docNumber', '测委人才办发〔2026〕21号');
    await choose(page, 'topic', '人才服务保障');
    await fieldInput(page, 'publishedOn').fill('2026-05-01');
    await typeInto(page, 'summary', '明确青年人才驿站的入住条件、期限和管理要求。');
    await composeInto(context, page, 'body', [
      '第一条',
      '　为做好青年人才驿站管理，服务来测试县求职的青年人才，制定本办法。',
      '\n\n',
      '第二条',
      '　本办法自发布之日起施行。',
    ]);
    await page.getByRole('button', { name: /新增附件/ }).click();
    await page.locator('input[id^="title-field"]').last().fill('驿站入住申请表');
    await attachFile(
      page,
      /选择文件/,
      resolve('test/fixtures/valid/policies/sub/shenbao-biao.pdf'),
    );
    // The preview shows that a new entry is a draft until the switch is turned off.
    await expect(
      page
        .locator('iframe')
        .first()
        .contentFrame()
        .getByText('草稿', { exact: true })
        .textContent(),
    ).resolves.toBe('草稿');
    await setSwitch(page, 'draft', false);
    await save(page);

    expect(await validationPanel(page)).toContain('校验通过');
    const folder = join(tree.dir, 'policies', '2026', POLICY_SLUG);
    expect(readdirSync(folder).sort()).toEqual([`${POLICY_SLUG}.md`, 'shenbao-biao.pdf']);
    const text = readFileSync(join(folder, `${POLICY_SLUG}.md`), 'utf8');
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    expect(parseYaml(frontmatter!)).toEqual({
      title: '测试县青年人才驿站管理办法',
      kind: '办法',
      issuer: ['中共测试县委人才工作领导小组办公室'],
      docNumber: '测委人才办发〔2026〕21号',
      topic: '人才服务保障',
      publishedOn: '2026-05-01',
      summary: '明确青年人才驿站的入住条件、期限和管理要求。',
      attachments: [{ title: '驿站入住申请表', file: './shenbao-biao.pdf' }],
      draft: false,
    });
    expect(Object.keys(parseYaml(frontmatter!) as object)[0]).toBe('title');
    expect(body).toBe(
      '\n第一条　为做好青年人才驿站管理，服务来测试县求职的青年人才，制定本办法。\n\n第二条　本办法自发布之日起施行。\n',
    );
  });

  test('creates a talent with a photo beside index.md', async () => {
    // Straight after saving the policy: the new form is empty, not the saved policy's content.
    await newEntry(page, cms.url, 'talents');
    expect(await fieldInput(page, 'slug').inputValue()).toBe('');
    expect(await fieldInput(page, 'summary').inputValue()).toBe('');
    // 本人同意公开 is the clerk's own statement: it starts unticked.
    expect(
      await page.locator('button[id^="consent-field"][role="switch"]').getAttribute('aria-checked'),
    ).toBe('false');
    await typeInto(page, 'name', '周小雨');
    await expect.poll(() => fieldInput(page, 'slug').inputValue()).toBe(TALENT_SLUG);
    await attachFile(page, /选择图片/, resolve('test/fixtures/valid/talents/wang-lan/photo.jpg'));
    await typeInto(page, 'photoAlt', '周小雨在茶园里查看新芽');
    await setSwitch(page, 'consent', true);
    await choose(page, 'team', '农村实用人才');
    await typeInto(page, 'field', '茶叶');
    await typeInto(page, 'summary', '返乡种茶的“90后”，带动乡亲发展生态茶园。');
    await fieldInput(page, 'publishedOn').fill('2026-06-01');
    await typeInto(page, 'body', '周小雨大学毕业后回到家乡，承包了两百亩茶园。');
    await setSwitch(page, 'draft', false);
    await save(page);

    expect(await validationPanel(page)).toContain('校验通过');
    const folder = join(tree.dir, 'talents', TALENT_SLUG);
    expect(readdirSync(folder).sort()).toEqual(['index.md', 'photo.jpg']);
    const data = parseYaml(
      /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, 'index.md'), 'utf8'))![1]!,
    ) as Record<string, unknown>;
    expect(data).toEqual({
      name: '周小雨',
      photo: './photo.jpg',
      photoAlt: '周小雨在茶园里查看新芽',
      consent: true,
      team: '农村实用人才',
      field: '茶叶',
      returnee: false,
      summary: '返乡种茶的“90后”，带动乡亲发展生态茶园。',
      publishedOn: '2026-06-01',
      featured: false,
      draft: false,
    });
    expect(readFileSync(join(folder, 'photo.jpg'))).toEqual(
      readFileSync('test/fixtures/valid/talents/wang-lan/photo.jpg'),
    );
  });

  test(
    'validate passes on the saved tree and the built site shows both entries',
    { timeout: 600_000 },
    () => {
      const validate = run('scripts/validate.ts');
      expect(validate.stderr + validate.stdout).toContain('0 个错误');
      expect(validate.status).toBe(0);

      const out = join(tree.dir, '..', 'dist');
      const build = run('scripts/build.ts', [], { OUT_DIR: out });
      expect(build.status, build.stderr.slice(-3000)).toBe(0);
      const policy = readFileSync(join(out, 'policies', POLICY_SLUG, 'index.html'), 'utf8');
      expect(policy).toContain('测试县青年人才驿站管理办法');
      expect(policy).toContain('id="art-2"');
      expect(policy).toContain('驿站入住申请表');
      expect(existsSync(join(out, 'policies', POLICY_SLUG, 'files', 'shenbao-biao.pdf'))).toBe(
        true,
      );
      const talent = readFileSync(join(out, 'talents', TALENT_SLUG, 'index.html'), 'utf8');
      expect(talent).toContain('周小雨');
      expect(talent).toMatch(/<img[^>]+alt="周小雨在茶园里查看新芽"/);
      // The public build carries no editor: no /admin/, no Decap CMS.
      expect(existsSync(join(out, 'admin'))).toBe(false);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toMatch(/decap|\/admin\//i);
    },
  );

  test('an entry without a title and with the wrong brackets in 发文字号 gets Chinese errors and is not saved', async () => {
    await newEntry(page, cms.url, 'policies');
    await fieldInput(page, 'slug').fill('cuowu-shili');
    await typeInto(page, 'docNumber', '测委人才办发【2026】22号');
    await save(page);
    const errors = await page
      .locator('[class*="ControlErrorsList"] li, ul[class*="error"] li')
      .allInnerTexts();
    const text = errors.join('\n') + (await page.locator('body').innerText());
    expect(text).toMatch(/标题\s*为必填项|请填写.*标题|标题.*必填/);
    expect(text).toContain('发文字号格式不对：应为“机关代字〔年份〕序号号”');
    expect(existsSync(join(tree.dir, 'policies', '2026', 'cuowu-shili'))).toBe(false);
  });

  test('a cross-entry problem (a duplicate 发文字号) comes from the project validator, naming the file and field', async () => {
    await newEntry(page, cms.url, 'policies');
    await typeInto(page, 'title', '测试县重复文号的通知');
    await choose(page, 'kind', '通知');
    await page.getByRole('button', { name: /新增发文机关/ }).click();
    await typeInto(page, 'issuer', '测试县人力资源和社会保障局');
    await typeInto(page, 'docNumber', '测人社发〔2024〕5号');
    await choose(page, 'topic', '综合');
    await fieldInput(page, 'publishedOn').fill('2026-05-02');
    await typeInto(page, 'summary', '用于检查重复发文字号。');
    await save(page);
    const panel = await validationPanel(page);
    expect(panel).toContain('ce-shi-xian-chong-fu-wen-hao-de-tong-zhi.md');
    expect(panel).toContain('发文字号（docNumber');
    expect(panel).toMatch(/测人社发〔2024〕5号.*重复/);
  });

  test('lists .mdx entries and entries four folders deep, and saves an .mdx entry in place', async () => {
    tree.write(
      'policies/2025/jiedu/tu/jie/shen-ceng-jiedu.md',
      tree
        .read('policies/gongyu-banfa.md')
        .replace('测试县人才公寓管理暂行办法', '测试县深层文件夹中的办法'),
    );
    tree.write(
      'policies/2025/mdx-jiedu.mdx',
      tree
        .read('policies/gongyu-banfa.md')
        .replace('测试县人才公寓管理暂行办法', '测试县用 MDX 写的解读'),
    );
    // Files added outside the editor appear when the page is loaded again.
    await page.goto(`${cms.url}#/collections/policies`);
    await page.reload();
    const enter = page.getByRole('button', { name: '进入编辑器' });
    const deep = page.getByText('测试县深层文件夹中的办法').first();
    await enter.or(deep).first().waitFor();
    if (await enter.isVisible()) await enter.click();
    await deep.waitFor();
    await page.getByText('测试县用 MDX 写的解读').first().click();
    await fieldInput(page, 'summary').fill('MDX 文件改过的摘要。');
    await save(page);
    await expect
      .poll(() => page.locator('#rencai-problems').innerText(), { timeout: 10_000 })
      .toContain('policies/2025/mdx-jiedu.mdx');
    expect(tree.read('policies/2025/mdx-jiedu.mdx')).toContain('summary: MDX 文件改过的摘要。');
    expect(existsSync(join(tree.dir, 'policies', '2025', 'mdx-jiedu.mdx.md'))).toBe(false);
  });

  test('the editor is served with its own CSP, only under /admin/, and loads nothing from outside this machine', async () => {
    const response = await fetch(cms.url);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(outside).toEqual([]);
  });
});
