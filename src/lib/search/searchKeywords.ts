import type {
  Benefit,
  EducationLevel,
  Group,
  PolicyKind,
  Team,
} from '../../schemas/vocabularies.ts';
import {
  amountToken,
  findAmounts,
  divisionTokens,
  findDivisionRefs,
  findDocNumbers,
} from './searchTokens.ts';

/**
 * The hidden search fields each indexed page gives the search index, derived from its
 * content at build time. Pagefind matches each query word as a prefix of an indexed word, but
 * indexes a metadata value as whitespace-separated words without segmenting Chinese: a title
 * 高校毕业生租房补贴 is one word, which the query 租房补贴 (segmented by the browser into 租房,
 * 补贴) never matches, so the title boost only ever applied to queries that began the title.
 * These fields are written as search terms (searchTerms): from every word boundary the
 * browser's segmenter finds, the text up to a few characters on, so any query word that
 * starts at a boundary is a prefix of an indexed term.
 *
 * Three fields, weighted by the search page (src/lib/search/searchWeights.ts): `titleTerms` (the
 * heading), `keywords` (what the page is: its own document number and amount, names, short
 * forms and synonyms) and `related` (what it mentions: document numbers it cites or rests
 * on, amounts in its text), so that a document number finds the document first and the
 * incentives and 解读 that rest on it after it.
 */

/** What readers call each kind of benefit, besides its name. */
export const BENEFIT_SYNONYMS: Readonly<Record<Benefit, readonly string[]>> = {
  安家补贴: ['安家费', '安家', '引进 补贴'],
  购房补贴: ['买房', '购房', '房补', '首套房'],
  租房补贴: ['租房', '房租', '租金'],
  生活补贴: ['生活费', '每月 补贴', '津贴'],
  一次性奖励: ['奖金', '奖励', '一次性'],
  科研经费: ['科研', '项目 经费', '启动 资金'],
  创业扶持: ['创业', '开公司', '办企业', '开店'],
  人才公寓: ['公寓', '住房', '住宿', '房子', '宿舍', '免租'],
  子女入学: ['孩子', '小孩', '子女', '上学', '入学', '读书', '入园', '幼儿园'],
  配偶就业: ['配偶', '爱人', '家属', '工作', '安置', '就业'],
  医疗保健: ['体检', '看病', '就医', '医疗', '保健'],
  其他: [],
};

/** Short forms of the names of government bodies, as people write and say them. */
const ISSUER_ALIASES: readonly [RegExp, readonly string[]][] = [
  [/人力资源和社会保障局$/u, ['人社局', '人社']],
  [/住房和城乡建设局$/u, ['住建局', '住建']],
  [/卫生健康局$/u, ['卫健局', '卫健委', '卫生局']],
  [/农业农村局$/u, ['农业局', '农业农村']],
  [/财政局$/u, ['财政局', '财政']],
  [/教育局$/u, ['教育局', '教育']],
  [/组织部$/u, ['组织部', '县委组织部']],
  [/人才工作领导小组办公室$/u, ['人才办', '县委人才办']],
  [/人才工作领导小组$/u, ['人才工作领导小组', '人才领导小组']],
  [/人民政府办公室$/u, ['政府办', '县政府办']],
  [/人民政府$/u, ['县政府', '政府']],
  [/县委办公室$/u, ['县委办']],
  [/县委$/u, ['县委']],
];

/**
 * The short forms of a government body's name, e.g. 人社局 for 澄溪县人力资源和社会保障局.
 * @example issuerAliases('澄溪县人力资源和社会保障局') // ['人社局', '人社']
 */
export function issuerAliases(issuer: string): string[] {
  const name = issuer.trim();
  for (const [pattern, aliases] of ISSUER_ALIASES) if (pattern.test(name)) return [...aliases];
  return [];
}

/** Short forms of the education levels and groups, as an applicant types them. */
const EDUCATION_WORDS: Readonly<Record<EducationLevel, readonly string[]>> = {
  博士研究生: ['博士', '博士生'],
  硕士研究生: ['硕士', '研究生'],
  本科: ['本科', '本科生', '学士'],
  大专: ['大专', '专科'],
  中专及以下: ['中专', '高中'],
};
const GROUP_WORDS: Readonly<Record<Group, readonly string[]>> = {
  高层次人才: ['高层次'],
  急需紧缺人才: ['急需', '紧缺'],
  高校毕业生: ['毕业生', '大学生', '应届'],
  返乡人才: ['返乡', '回乡', '回流'],
  海外人才: ['海外', '留学'],
  青年人才: ['青年'],
  创业人才: ['创业'],
  技能人才: ['技能', '技工'],
};

/** The search tokens found in a page's texts: document numbers it cites and amounts it names. */
export interface ContentTokens {
  docNumbers: string[];
  amounts: string[];
}

/**
 * The search tokens of every document number and amount in some texts, each sorted and unique.
 * @example contentTokens(['依据澄委组发〔2024〕6号，给予20万元']) // { docNumbers: ['wh2024n6h'], amounts: ['200000yuan'] }
 */
export function contentTokens(texts: readonly (string | undefined)[]): ContentTokens {
  const docNumbers = new Set<string>();
  const amounts = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const doc of findDocNumbers(text)) docNumbers.add(doc.token);
    for (const amount of findAmounts(text)) amounts.add(amountToken(amount.yuan));
  }
  return { docNumbers: [...docNumbers].sort(), amounts: [...amounts].sort() };
}

/** The hidden search fields of a page, each a space-separated list of terms. */
export interface SearchKeywords {
  titleTerms: string;
  keywords: string;
  related: string;
}

/** Splits text into words, as the browser's Intl.Segmenter does for a query. */
export type WordSegmenter = (
  text: string,
) => Iterable<{ segment: string; index: number; isWordLike?: boolean }>;

// One segmenter for all pages: creating one loads ICU's dictionary, which is slow.
let segmenter: Intl.Segmenter | null = null;
const zhSegmenter: WordSegmenter = (text) =>
  (segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' })).segment(text);

/** The longest term written from one word boundary: longer query words are rare. */
export const MAX_TERM_LENGTH = 6;

/**
 * Search terms for some phrases: from each word boundary of each phrase, the text up to the
 * next punctuation or space, at most MAX_TERM_LENGTH characters; ASCII words whole. Each term
 * once, in order of appearance, so the output (and the build) is deterministic.
 * @example searchTerms(['租房补贴']) // ['租房补贴', '房补贴', '补贴']
 */
export function searchTerms(
  phrases: readonly (string | undefined | null | false)[],
  segment: WordSegmenter = zhSegmenter,
): string[] {
  const terms = new Set<string>();
  for (const phrase of phrases) {
    if (!phrase) continue;
    const text = phrase.normalize('NFKC').toLowerCase();
    for (const word of segment(text)) {
      if (word.isWordLike === false || !/[\p{L}\p{N}]/u.test(word.segment)) continue;
      if (/^[a-z0-9]+$/u.test(word.segment)) {
        terms.add(word.segment);
        continue;
      }
      const run = /^[\p{L}\p{N}]+/u.exec(text.slice(word.index))?.[0] ?? word.segment;
      terms.add([...run].slice(0, MAX_TERM_LENGTH).join(''));
    }
  }
  return [...terms];
}

const joinTerms = (...groups: readonly (readonly string[])[]) =>
  [...new Set(groups.flat())].join(' ');

/** The search tokens of one document number, or none when it cannot be read. */
function ownDocNumberTokens(docNumber: string | undefined): string[] {
  return docNumber ? findDocNumbers(docNumber).map((d) => d.token) : [];
}

/** What a policy page's search fields are derived from. */
export interface PolicyKeywordInput {
  title: string;
  kind: PolicyKind;
  issuer: readonly string[];
  docNumber?: string;
  indexNo?: string;
  tags?: readonly string[];
  /** Summary and body: every amount and document number in them becomes a token. */
  texts: readonly (string | undefined)[];
  /** The document number of the policy a 解读 explains. */
  interpretsDocNumber?: string;
  /** Whether the policy has a published 解读 (so that 某某办法 解读 also finds the policy, after its 解读). */
  hasInterpretation?: boolean;
  /** The anchors of its divisions (art-52, annex-1): the tokens of its articles and annexes are keywords. */
  anchors?: readonly (string | null)[];
}

/**
 * The search fields of a policy or 解读. Keywords: its own document number, as a token and
 * as terms (so that its 机关代字 alone finds it), its 索引号, kind, tags, its issuers with
 * their short names (the page's metadata table is not indexed as text), and the tokens of its
 * articles and annexes (so that 第五十二条 finds the document that has it before those that
 * rest on it; the same tokens in its text place the article's sub-result). Related: the document
 * numbers it cites (a 解读 also that of the policy it explains), the amounts it names, and
 * 解读 when the policy has one.
 * @example policyKeywords({ title: '资金管理规定', kind: '规定', issuer: ['澄溪县财政局'], docNumber: '澄财发〔2023〕27号', texts: ['补贴5万元'] }).related // '50000yuan'
 */
export function policyKeywords(
  input: PolicyKeywordInput,
  segment: WordSegmenter = zhSegmenter,
): SearchKeywords {
  const own = ownDocNumberTokens(input.docNumber);
  const found = contentTokens([input.title, ...input.texts]);
  return {
    titleTerms: joinTerms(searchTerms([input.title], segment)),
    keywords: joinTerms(
      own,
      (input.anchors ?? []).flatMap((anchor) => (anchor ? divisionTokens(anchor) : [])),
      searchTerms(
        [
          input.docNumber,
          input.indexNo,
          input.kind === '解读' ? '政策解读' : input.kind,
          ...(input.tags ?? []),
          ...input.issuer,
          ...input.issuer.flatMap(issuerAliases),
        ],
        segment,
      ),
    ),
    related: joinTerms(
      ownDocNumberTokens(input.interpretsDocNumber),
      found.docNumbers.filter((t) => !own.includes(t)),
      found.amounts,
      input.hasInterpretation ? ['解读'] : [],
    ),
  };
}

/** What an incentive page's search fields are derived from. */
export interface IncentiveKeywordInput {
  title: string;
  benefit: Benefit;
  education?: readonly EducationLevel[];
  groups?: readonly Group[];
  /** The lowest and highest single payment, in 元. */
  amount?: { min: number; max: number };
  /** The source policy's document number. */
  policyDocNumber?: string;
  /** The article of the source policy it rests on (`clause`, e.g. 第五十二条第一款). */
  policyClause?: string;
  /** Summary, eligibility notes and body. */
  texts: readonly (string | undefined)[];
}

/**
 * The search fields of an incentive. Keywords: the tokens of its own amounts, its kind of
 * benefit and what people call it, and the short forms of who may apply. Related: its source
 * policy's document number and the token of the article it rests on (so that 第五十二条 finds
 * the incentive after the article itself), any other number it cites, and the amounts in its text.
 * @example incentiveKeywords({ title: '高层次人才子女入学', benefit: '子女入学', texts: [] }).keywords.split(' ').includes('上学') // true
 */
export function incentiveKeywords(
  input: IncentiveKeywordInput,
  segment: WordSegmenter = zhSegmenter,
): SearchKeywords {
  const own = input.amount ? [amountToken(input.amount.min), amountToken(input.amount.max)] : [];
  const found = contentTokens([input.title, ...input.texts]);
  return {
    titleTerms: joinTerms(searchTerms([input.title], segment)),
    keywords: joinTerms(
      own,
      searchTerms(
        [
          input.benefit,
          ...BENEFIT_SYNONYMS[input.benefit],
          ...(input.education ?? []).flatMap((e) => EDUCATION_WORDS[e]),
          ...(input.groups ?? []).flatMap((g) => GROUP_WORDS[g]),
        ],
        segment,
      ),
    ),
    related: joinTerms(
      ownDocNumberTokens(input.policyDocNumber),
      input.policyClause ? findDivisionRefs(input.policyClause).map((r) => r.token) : [],
      found.docNumbers,
      found.amounts.filter((t) => !own.includes(t)),
    ),
  };
}

/** What a talent story's search fields are derived from. */
export interface TalentKeywordInput {
  name: string;
  team: Team;
  field: string;
  organization?: string;
  tierLabel?: string;
  returnee?: boolean;
  texts: readonly (string | undefined)[];
}

/**
 * The search fields of a talent story. Keywords: team, field, employer and tier (the page
 * shows them in a fact list that is not indexed as text), 人物 and 人才风采, and the words for
 * returnees. Related: the document numbers and amounts it names.
 * @example talentKeywords({ name: '罗春芽', team: '农村实用人才', field: '茶叶', returnee: true, texts: ['年销售额2000万元'] }).related // '20000000yuan'
 */
export function talentKeywords(
  input: TalentKeywordInput,
  segment: WordSegmenter = zhSegmenter,
): SearchKeywords {
  const found = contentTokens(input.texts);
  return {
    titleTerms: joinTerms(searchTerms([input.name], segment)),
    keywords: joinTerms(
      searchTerms(
        [
          input.team,
          input.field,
          input.organization,
          input.tierLabel,
          '人物',
          '人才风采',
          ...(input.returnee ? ['返乡', '返乡人才', '回流'] : []),
        ],
        segment,
      ),
    ),
    related: joinTerms(found.docNumbers, found.amounts),
  };
}
