/**
 * The relevance suite's queries over the real-document site (test/fixtures/real, as of
 * TEST_AS_OF): what a reader of a long 条例 or 通知 types to land on one article, part or
 * annex of it. Each query has the pages that must be among its first three results and,
 * where it names or describes one division of a document, that division's anchor: the
 * first sub-result the search page shows for that document must link to it.
 *
 * Two kinds of query: those that name an article (第五十二条, 五十二条, 第52条, with the
 * document's name or not), and words that stand in one article only (人才公寓 stands in
 * 第五十二条 of the Shandong 条例, while 人才 stands in almost all of its 60 articles).
 */

/** What a query asks for. */
export type RealQueryKind = '条文' | '字词';

/** One query, the pages that must be among its first three results, and the division it must land on. */
export interface RealRelevanceQuery {
  query: string;
  kind: RealQueryKind;
  /** One to three site paths, most relevant first. */
  relevant: readonly string[];
  /** The division whose sub-result must come first in the result of `page`. */
  anchor: { page: string; id: string };
  /** What the query exercises, for the printed report. */
  exercises: string;
}

const policy = (slug: string) => `/policies/${slug}/`;
const incentive = (slug: string) => `/incentives/${slug}/`;

const SHANDONG = policy('shandong-rencai-fazhan-cujin-tiaoli');
const SHICHANG = policy('renli-ziyuan-shichang-zanxing-tiaoli');
const NVZHIGONG = policy('nvzhigong-laodong-baohu-tebie-guiding');
const KAOHE = policy('shiye-danwei-kaohe-guiding-tongzhi');
const CANJI = policy('canji-jiuye-tiaoli-xuexi-tongzhi');
const ZHONGCAI = policy('zhongcai-weiyuanhui-zhongcai-shoufei-banfa');
const ZHIJIAO = policy('guojia-zhiye-jiaoyu-gaige-shishi-fangan-tongzhi');
const NIANXIUJIA = policy('qiye-zhigong-daixin-nianxiujia-shishi-banfa');

const at = (page: string, id: string) => ({ page, id });

/** The relevance suite over real documents. */
export const REAL_RELEVANCE_QUERIES: readonly RealRelevanceQuery[] = [
  // 条文: the reader names the article, in the ways people write an article's number.
  {
    kind: '条文',
    query: '第五十二条',
    relevant: [SHANDONG, incentive('shandong-rencai-gongyu')],
    anchor: at(SHANDONG, 'art-52'),
    exercises: '条号（汉字），只有一部文件有第五十二条；依据这一条的激励事项随后',
  },
  {
    kind: '条文',
    query: '五十二条',
    relevant: [SHANDONG],
    anchor: at(SHANDONG, 'art-52'),
    exercises: '条号省略“第”',
  },
  {
    kind: '条文',
    query: '第52条',
    relevant: [SHANDONG],
    anchor: at(SHANDONG, 'art-52'),
    exercises: '阿拉伯数字条号',
  },
  {
    kind: '条文',
    query: '条例第五十二条',
    relevant: [SHANDONG],
    anchor: at(SHANDONG, 'art-52'),
    exercises: '文种加条号',
  },
  {
    kind: '条文',
    query: '山东省人才发展促进条例第五十二条',
    relevant: [SHANDONG],
    anchor: at(SHANDONG, 'art-52'),
    exercises: '文件全称加条号',
  },
  {
    kind: '条文',
    query: '山东人才条例第21条',
    relevant: [SHANDONG],
    anchor: at(SHANDONG, 'art-21'),
    exercises: '简称加阿拉伯数字条号',
  },
  {
    kind: '条文',
    query: '人力资源市场暂行条例第十八条',
    relevant: [SHICHANG],
    anchor: at(SHICHANG, 'art-18'),
    exercises: '多部文件都有第十八条，文件名决定哪一部',
  },
  {
    kind: '条文',
    query: '女职工劳动保护特别规定第七条',
    relevant: [NVZHIGONG],
    anchor: at(NVZHIGONG, 'art-7'),
    exercises: '短文件的条号',
  },
  {
    kind: '条文',
    query: '事业单位工作人员考核规定第四十四条',
    relevant: [KAOHE],
    anchor: at(KAOHE, 'art-44'),
    exercises: '通知所印发的规定的条号',
  },
  {
    kind: '条文',
    query: '残疾人就业条例第八条',
    relevant: [CANJI],
    anchor: at(CANJI, 'annex-1-art-8'),
    exercises: '附件中的条，落在带前缀的锚点',
  },
  {
    kind: '条文',
    query: '仲裁收费办法第九条',
    relevant: [ZHONGCAI],
    anchor: at(ZHONGCAI, 'art-9'),
    exercises: '文件简称加条号',
  },
  {
    kind: '条文',
    query: '第五十二条第一款',
    relevant: [SHANDONG],
    anchor: at(SHANDONG, 'art-52'),
    exercises: '条号加款号',
  },
  // 字词: words that stand in one article, among articles that share some of them.
  {
    kind: '字词',
    query: '人才公寓',
    relevant: [SHANDONG, incentive('shandong-rencai-gongyu')],
    anchor: at(SHANDONG, 'art-52'),
    exercises: '“人才”几乎条条都有，“人才公寓”只在第五十二条',
  },
  {
    kind: '字词',
    query: '齐鲁杰出人才奖',
    relevant: [SHANDONG],
    anchor: at(SHANDONG, 'art-42'),
    exercises: '专名，浏览器切成单字',
  },
  {
    kind: '字词',
    query: '离岸创新创业基地',
    relevant: [SHANDONG],
    anchor: at(SHANDONG, 'art-32'),
    exercises: '长复合词',
  },
  {
    kind: '字词',
    query: '首席技师',
    relevant: [SHANDONG],
    anchor: at(SHANDONG, 'art-21'),
    exercises: '职称名',
  },
  {
    kind: '字词',
    query: '98天产假',
    relevant: [NVZHIGONG],
    anchor: at(NVZHIGONG, 'art-7'),
    exercises: '数字加词',
  },
  {
    kind: '字词',
    query: '哺乳期 夜班',
    relevant: [NVZHIGONG],
    anchor: at(NVZHIGONG, 'art-9'),
    exercises: '两个词同在一条，其中一个也在附件里',
  },
  {
    kind: '字词',
    query: '原则上由败诉的当事人承担',
    relevant: [ZHONGCAI],
    anchor: at(ZHONGCAI, 'art-9'),
    exercises: '照抄条文中的一句',
  },
  {
    kind: '字词',
    query: '职业中介 行政许可',
    relevant: [SHICHANG],
    anchor: at(SHICHANG, 'art-18'),
    exercises: '“职业中介”出现在四条中，“行政许可”与它同在第十八条',
  },
  {
    kind: '字词',
    query: '双师型',
    relevant: [ZHIJIAO],
    anchor: at(ZHIJIAO, 'part-3'),
    exercises: '浏览器切成单字“双”“师”“型”的复合词，落在“一、”式的部分',
  },
  {
    kind: '字词',
    query: '新进用人单位 折算',
    relevant: [NIANXIUJIA],
    anchor: at(NIANXIUJIA, 'art-5'),
    exercises: '“折算”在两条中，“新进用人单位”与它同在第五条',
  },
  {
    kind: '字词',
    query: '无正当理由不参加考核',
    relevant: [KAOHE],
    anchor: at(KAOHE, 'art-44'),
    exercises: '“考核”条条都有，这句只在第四十四条',
  },
];
