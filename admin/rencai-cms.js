// The project's additions to Decap CMS, registered before the editor starts: file formats that
// write what the validator expects, the slug field (pinyin), previews with a 草稿/未发布 banner,
// and the project's own validation after every save (POST /api/validate of `npm run cms`).
import * as YAML from './vendor/yaml/index.js';
import {
  fieldsOfEntry,
  orderLike,
  parseData,
  parseEntry,
  serializeData,
  serializeEntry,
} from './entryFormat.js';
import { entryNotices, shanghaiToday } from './entryNotice.js';
import { pinyinSlug, slugOfPath } from './pinyinSlug.js';

const { CMS, h, createClass, pinyinPro } = /** @type {any} */ (window);

// In this project the editor's "发布" only saves the file: the website is published by the
// publishing workflow (or the IT person). Say "保存" so that a clerk is not misled.
const WORDING = {
  auth: { login: '进入编辑器', loggingIn: '正在打开……', loginWithForgejo: '使用 Forgejo 登录' },
  ui: { toast: { entryPublished: '已保存', onFailToPublishEntry: '保存失败：%{details}' } },
  editor: {
    editor: {
      onPublishing: '确定保存吗？',
      onPublishingWithUnsavedChanges: '有尚未保存的修改，请先保存',
    },
    editorToolbar: {
      publish: '保存',
      publishNow: '立即保存',
      publishing: '正在保存……',
      published: '已保存',
      publishAndCreateNew: '保存，然后新建',
      publishAndDuplicate: '保存，然后复制',
    },
  },
};
function merged(base, extra) {
  const out = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    out[key] = value && typeof value === 'object' ? merged(base?.[key] ?? {}, value) : value;
  }
  return out;
}
const zhHans = CMS.getLocale?.('zh_Hans');
if (zhHans) CMS.registerLocale('zh_Hans', merged(zhHans, WORDING));

// The same configuration Decap reads: its field order is the schema's, and files are written in it.
const configUrl = document.querySelector('link[rel="cms-config-url"]').href;
const cmsConfig = YAML.parse(await (await fetch(configUrl)).text());
const collections = cmsConfig.collections.flatMap((c) =>
  c.files ? c.files.map((f) => ({ ...f, folder: undefined })) : [c],
);
const ordered = (data) => orderLike(data, fieldsOfEntry(data, collections));

CMS.registerCustomFormat('rencai-frontmatter', 'md', {
  fromFile: (text) => parseEntry(text, YAML),
  toFile: (data) => serializeEntry(ordered(data), YAML),
});
CMS.registerCustomFormat('rencai-yaml', 'yaml', {
  fromFile: (text) => parseData(text, YAML),
  toFile: (data) => serializeData(ordered(data), YAML),
});

/** The field whose text the slug is suggested from, per collection. */
const SLUG_SOURCES = { policies: 'title', incentives: 'title', talents: 'name' };

/** How often the slug field looks at the title (or name) it follows. */
const SLUG_FOLLOW_INTERVAL_MS = 250;

/** How long the title must stay unchanged before the slug follows it. */
const SLUG_FOLLOW_PAUSE_MS = 400;

/**
 * The slug: for a new entry, suggested in pinyin from its title (or name) until the clerk types
 * one; for an existing entry, its file name, shown and not changeable (links point to it).
 */
const SlugControl = createClass({
  componentDidMount() {
    // Decap re-renders a widget only when its own value changes (the `entry` prop it passes is
    // documented as stale), so the slug reads the form's live content through `getEntry` on a timer.
    this.interval = setInterval(() => this.sync(), SLUG_FOLLOW_INTERVAL_MS);
    this.sync();
  },
  componentDidUpdate() {
    this.sync();
  },
  shouldComponentUpdate() {
    return true;
  },
  /** The form's current content: live from Decap's store, or the (possibly stale) prop. */
  liveEntry() {
    return typeof this.props.getEntry === 'function'
      ? this.props.getEntry() || this.props.entry
      : this.props.entry;
  },
  isNew() {
    return this.liveEntry().get('newRecord') === true;
  },
  sync() {
    const entry = this.liveEntry();
    // Decap may keep this widget when the clerk moves on to another entry: start afresh for each.
    const key = `${entry.get('collection')}|${entry.get('path') || ''}|${this.isNew()}`;
    if (key !== this.entryKey) {
      const first = this.entryKey === undefined;
      this.entryKey = key;
      this.edited = false;
      this.pendingSource = undefined;
      clearTimeout(this.timer);
      // Shown as new or saved according to the entry it now belongs to.
      if (!first) this.forceUpdate();
    }
    // An existing entry's slug is its file name: shown, never written (it is not a field of the file).
    if (!this.isNew()) return;
    // Wait until the clerk pauses: re-rendering the form on every keystroke can lose typed text.
    const source = String(
      entry.getIn(['data', SLUG_SOURCES[entry.get('collection')] || 'title']) || '',
    );
    if (this.edited || source === this.pendingSource) return;
    this.pendingSource = source;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const suggestion = pinyinSlug(source, pinyinPro.pinyin);
      // Follow the title while the clerk has not typed a slug of their own.
      if (!this.edited && suggestion !== (this.props.value || '')) this.props.onChange(suggestion);
    }, SLUG_FOLLOW_PAUSE_MS);
  },
  componentWillUnmount() {
    clearInterval(this.interval);
    clearTimeout(this.timer);
  },
  isValid() {
    if (this.isNew() && !this.props.value)
      return { error: { message: '请填写网址名称（slug），例如 gaocengci-rencai-yinjin-banfa' } };
    return true;
  },
  render() {
    const isNew = this.isNew();
    return h(
      'div',
      null,
      h('input', {
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: isNew ? this.props.value || '' : slugOfPath(this.liveEntry().get('path') || ''),
        readOnly: !isNew,
        lang: 'en',
        autoComplete: 'off',
        spellCheck: false,
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
        onChange: (event) => {
          this.edited = true;
          this.props.onChange(event.target.value.trim().toLowerCase());
        },
      }),
      isNew
        ? null
        : h(
            'p',
            { className: 'rencai-slug-note' },
            '已保存的条目不能改网址名称：别的页面和外部链接都指向它。',
          ),
    );
  },
});
CMS.registerWidget('rencai-slug', SlugControl, createClass({ render: () => null }));

// ---- Previews -------------------------------------------------------------------------------

function banner(data) {
  return entryNotices(data, shanghaiToday()).map((notice) =>
    h(
      'p',
      { key: notice.kind, className: `rencai-banner rencai-banner-${notice.kind}`, role: 'note' },
      h('strong', null, notice.label),
      ' ',
      notice.text.replace(/^[^：]+：/, ''),
    ),
  );
}

/** The body as readers will see its structure: headings, 第X条 articles, paragraphs. */
function bodyPreview(body) {
  const blocks = String(body || '')
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return blocks.map((block, index) => {
    const heading = /^(#{1,4})\s+(.*)$/.exec(block);
    if (heading) return h(`h${Math.min(heading[1].length + 1, 4)}`, { key: index }, heading[2]);
    const article = /^(第[零〇一二两三四五六七八九十百千]+条)([\s\u3000]*)([\s\S]*)$/.exec(block);
    if (article)
      return h(
        'p',
        { key: index, className: 'rencai-article' },
        h('strong', null, article[1]),
        '\u3000',
        article[3],
      );
    return h('p', { key: index }, block);
  });
}

function facts(rows) {
  const shown = rows.filter(
    ([, value]) =>
      value !== undefined &&
      value !== null &&
      value !== '' &&
      !(Array.isArray(value) && !value.length),
  );
  return h(
    'dl',
    { className: 'rencai-facts' },
    shown.flatMap(([label, value]) => [
      h('dt', { key: `${label}-t` }, label),
      h('dd', { key: `${label}-d` }, Array.isArray(value) ? value.join('、') : String(value)),
    ]),
  );
}

function preview(render) {
  return createClass({
    render() {
      const data = this.props.entry.get('data').toJS();
      return h('article', { className: 'rencai-preview' }, banner(data), render(data, this.props));
    },
  });
}

CMS.registerPreviewStyle(new URL('preview.css', import.meta.url).href);
CMS.registerPreviewTemplate(
  'policies',
  preview((data) => [
    h('h1', { key: 'title' }, data.title || '（未填写标题）'),
    facts([
      ['文种', data.kind],
      ['发文机关', data.issuer],
      ['发文字号', data.docNumber],
      ['发布日期', data.publishedOn],
      ['施行日期', data.effectiveOn],
      ['主题分类', data.topic],
    ]),
    data.summary ? h('p', { key: 'summary', className: 'rencai-summary' }, data.summary) : null,
    h('div', { key: 'body' }, bodyPreview(data.body)),
    (data.attachments || []).length
      ? h(
          'ul',
          { key: 'files' },
          data.attachments.map((a, i) =>
            h('li', { key: i }, `附件：${a.title || ''}（${a.file || ''}）`),
          ),
        )
      : null,
  ]),
);
CMS.registerPreviewTemplate(
  'incentives',
  preview((data) => [
    h('h1', { key: 'title' }, data.title || '（未填写事项名称）'),
    facts([
      ['激励类型', data.benefit],
      ['依据文件', data.policy],
      ['依据条款', data.clause],
    ]),
    data.summary ? h('p', { key: 'summary', className: 'rencai-summary' }, data.summary) : null,
    h('div', { key: 'body' }, bodyPreview(data.body)),
  ]),
);
CMS.registerPreviewTemplate(
  'talents',
  preview((data, props) => {
    const photo = data.photo ? props.getAsset(data.photo) : null;
    return [
      h('h1', { key: 'name' }, data.name || '（未填写姓名）'),
      photo
        ? h('img', {
            key: 'photo',
            src: photo.toString(),
            alt: data.photoAlt || '',
            className: 'rencai-photo',
          })
        : null,
      facts([
        ['人才队伍', data.team],
        ['行业领域', data.field],
        ['工作单位', data.organization],
        ['发布日期', data.publishedOn],
        ['本人同意公开', data.consent === true ? '是' : '否（不能发布）'],
      ]),
      data.summary ? h('p', { key: 'summary', className: 'rencai-summary' }, data.summary) : null,
      h('div', { key: 'body' }, bodyPreview(data.body)),
    ];
  }),
);

// ---- The project's validation after saving ---------------------------------------------------

const panel = document.createElement('section');
panel.id = 'rencai-problems';
panel.setAttribute('aria-live', 'polite');
panel.hidden = true;
document.body.append(panel);

function showProblems(result) {
  panel.replaceChildren();
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity !== 'error');
  panel.className = errors.length ? 'has-errors' : warnings.length ? 'has-warnings' : 'is-valid';
  const heading = document.createElement('h2');
  heading.textContent = errors.length
    ? `已保存，但“${result.file}”有 ${errors.length} 个错误，改正后才能发布：`
    : warnings.length
      ? `已保存。“${result.file}”有 ${warnings.length} 个提醒：`
      : `已保存，“${result.file}”校验通过。`;
  panel.append(heading);
  if (result.problems.length) {
    const list = document.createElement('ul');
    for (const p of result.problems) {
      const item = document.createElement('li');
      item.className = `problem-${p.severity}`;
      item.textContent = `${p.severity === 'error' ? '错误' : '提醒'}\u3000${p.label}（${p.field}，第 ${p.line} 行）：${p.message}`;
      list.append(item);
    }
    panel.append(list);
  }
  if (result.otherErrors > 0) {
    const other = document.createElement('p');
    other.textContent = `其他文件中还有 ${result.otherErrors} 个错误：${result.otherFiles.join('、')}。`;
    panel.append(other);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '知道了';
  close.addEventListener('click', () => {
    panel.hidden = true;
  });
  panel.append(close);
  panel.hidden = false;
  if (errors.length) panel.setAttribute('role', 'alert');
  else panel.removeAttribute('role');
}

async function validateSaved(path) {
  try {
    const response = await fetch('/api/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(path ? { path } : {}),
    });
    // Only `npm run cms` has the endpoint; on the git server the publishing workflow validates.
    if (!response.ok) return;
    showProblems(await response.json());
  } catch {
    // No local server: nothing to show here.
  }
}

// The report belongs to the entry it was made for: moving to another entry or list hides it.
// (After a new entry is saved, the report is shown only once Decap has moved to its address.)
window.addEventListener('hashchange', () => {
  panel.hidden = true;
});

CMS.registerEventListener({
  name: 'preSave',
  handler: () => {
    panel.hidden = true;
  },
});
// Decap reports a new entry as saved (postSave) before it has finished: it then reloads the
// media library and the saved file, makes that file the form's content and moves to its address.
// A clerk who opens another form in between gets that form filled with the saved entry (and its
// slug), or is moved back to it. So, until Decap has moved to the saved entry's address, the
// editor is covered by a "正在保存" notice, and the validation report comes after it.
const saving = document.createElement('div');
saving.id = 'rencai-saving';
saving.setAttribute('role', 'status');
saving.hidden = true;
saving.textContent = '正在保存，请稍候……';
document.body.append(saving);

/** Longest wait for Decap to finish saving a new entry (a slow disk or a large media folder). */
const SAVE_SETTLE_TIMEOUT_MS = 30_000;

/**
 * Resolves once the editor shows the saved entry at its own address (`#/collections/<name>/entries/…`),
 * which Decap does last when it saves a new entry; or after the timeout.
 * @param {string} collection
 * @returns {Promise<void>}
 */
function savedEntryShown(collection) {
  const address = `#/collections/${collection}/entries/`;
  const started = Date.now();
  return new Promise((done) => {
    const check = () => {
      if (location.hash.startsWith(address) || Date.now() - started > SAVE_SETTLE_TIMEOUT_MS)
        done();
      else setTimeout(check, 100);
    };
    check();
  });
}

CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }) => {
    const path = entry.get('path') || '';
    if (path) {
      validateSaved(path);
      return;
    }
    // A new entry has no path yet when Decap reports the save; the server knows the file it wrote.
    saving.hidden = false;
    savedEntryShown(entry.get('collection')).then(async () => {
      await validateSaved('');
      saving.hidden = true;
    });
  },
});

CMS.init();
