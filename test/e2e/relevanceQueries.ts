/**
 * The relevance suite's queries over the sample content (content/, as of TEST_AS_OF):
 * what a citizen, a returning graduate and a journalist would type into the search box,
 * each with the pages that must appear among the first three results. Paths are written
 * without the deployment base. `persona` only groups the printed report.
 *
 * Queries are typed the way people type them: fragments without spaces, several words,
 * questions, document numbers in the forms people copy them (full-width brackets, square
 * brackets, no brackets), names, and amounts with their units.
 */

/** Who typically types a query. */
export type Persona = '群众' | '返乡毕业生' | '记者';

/** One query and the pages that must be among its first three results. */
export interface RelevanceQuery {
  query: string;
  persona: Persona;
  /** One to three site paths, most relevant first. */
  relevant: readonly string[];
  /** What the query exercises, for the printed report. */
  exercises: string;
}

const policy = (slug: string) => `/policies/${slug}/`;
const incentive = (slug: string) => `/incentives/${slug}/`;
const talent = (slug: string) => `/talents/${slug}/`;

/** The relevance suite. */
export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  // 群众: everyday questions, often as a question or a loose fragment.
  {
    persona: '群众',
    query: '人才公寓怎么申请',
    relevant: [incentive('rencai-gongyu-ruzhu'), policy('rencai-gongyu-guanli-banfa')],
    exercises: '问句',
  },
  {
    persona: '群众',
    query: '人才公寓',
    relevant: [incentive('rencai-gongyu-ruzhu'), policy('rencai-gongyu-guanli-banfa')],
    exercises: '修订前后两版，现行版在前',
  },
  {
    persona: '群众',
    query: '孩子上学',
    relevant: [incentive('gaocengci-rencai-zinv-ruxue')],
    exercises: '口语同义词',
  },
  {
    persona: '群众',
    query: '子女入学',
    relevant: [incentive('gaocengci-rencai-zinv-ruxue')],
    exercises: '事项名称',
  },
  {
    persona: '群众',
    query: '配偶工作安排',
    relevant: [incentive('gaocengci-rencai-peiou-jiuye')],
    exercises: '近义说法',
  },
  {
    persona: '群众',
    query: '租房补贴',
    relevant: [incentive('gaoxiao-biyesheng-zufang-butie')],
    exercises: '补贴类型',
  },
  {
    persona: '群众',
    query: '购房补贴',
    relevant: [incentive('gaocengci-rencai-goufang-butie'), incentive('fanxiang-goufang-butie')],
    exercises: '补贴类型，两个事项',
  },
  {
    persona: '群众',
    query: '人才补贴在哪里申报',
    relevant: [policy('rencai-butie-shenbao-tongzhi-2026')],
    exercises: '问句',
  },
  {
    persona: '群众',
    query: '免费体检',
    relevant: [incentive('gaocengci-rencai-yiliao-baojian')],
    exercises: '服务内容',
  },
  {
    persona: '群众',
    query: '中医师带徒',
    relevant: [
      incentive('zhongyiyao-shidaitu-daijiao-butie'),
      policy('jiceng-zhongyiyao-rencai-shidaitu-peiyang-banfa'),
    ],
    exercises: '引号内的专名',
  },
  {
    persona: '群众',
    query: '急需紧缺人才目录',
    relevant: [policy('jixu-jinque-rencai-mulu-2025'), policy('jixu-jinque-rencai-mulu-2027')],
    exercises: '现行版与尚未施行版',
  },
  {
    persona: '群众',
    query: '评上副高有奖励吗',
    relevant: [incentive('zhicheng-pingding-jiangli')],
    exercises: '问句，职称',
  },
  {
    persona: '群众',
    query: '高级技师奖励',
    relevant: [incentive('jineng-dengji-tisheng-jiangli')],
    exercises: '职业资格',
  },
  // 返乡毕业生: amounts, degrees, several words.
  {
    persona: '返乡毕业生',
    query: '安家补贴',
    relevant: [
      incentive('boshi-yanjiusheng-anjia-butie'),
      incentive('fanxiang-shuoshi-anjia-butie'),
    ],
    exercises: '补贴类型，两个事项',
  },
  {
    persona: '返乡毕业生',
    query: '博士 安家补贴',
    relevant: [incentive('boshi-yanjiusheng-anjia-butie')],
    exercises: '多词',
  },
  {
    persona: '返乡毕业生',
    query: '博士 生活补贴',
    relevant: [
      policy('chengcai-huigui-shishi-yijian'),
      policy('chengcai-huigui-shishi-yijian-jiedu'),
    ],
    exercises: '多词；没有博士生活补贴事项，应给出说明博士如何享受的现行文件及解读，而不是2021年版',
  },
  {
    persona: '返乡毕业生',
    query: '硕士 生活补贴',
    relevant: [incentive('fanxiang-shuoshi-shenghuo-butie')],
    exercises: '多词，现行版优先于2021年版',
  },
  {
    persona: '返乡毕业生',
    query: '返乡创业',
    relevant: [incentive('fanxiang-chuangye-butie')],
    exercises: '词组',
  },
  {
    persona: '返乡毕业生',
    query: '返乡硕士每月补贴多少',
    relevant: [incentive('fanxiang-shuoshi-shenghuo-butie')],
    exercises: '问句，金额',
  },
  {
    persona: '返乡毕业生',
    query: '2000元/月',
    relevant: [incentive('fanxiang-shuoshi-shenghuo-butie')],
    exercises: '带单位的金额',
  },
  {
    persona: '返乡毕业生',
    query: '每月2000元',
    relevant: [incentive('fanxiang-shuoshi-shenghuo-butie')],
    exercises: '金额的另一种写法',
  },
  {
    persona: '返乡毕业生',
    query: '本科 生活补贴',
    relevant: [incentive('fanxiang-benke-shenghuo-butie')],
    exercises: '多词',
  },
  {
    persona: '返乡毕业生',
    query: '毕业生就业奖励',
    relevant: [incentive('gaoxiao-biyesheng-qiye-jiuye-jiangli')],
    exercises: '事项简称',
  },
  {
    persona: '返乡毕业生',
    query: '澄才回归',
    relevant: [
      policy('chengcai-huigui-shishi-yijian'),
      policy('chengcai-huigui-shishi-yijian-jiedu'),
    ],
    exercises: '工程名称，现行版在前',
  },
  {
    persona: '返乡毕业生',
    query: '创业补贴',
    relevant: [incentive('gaoxiao-biyesheng-chuangye-butie'), incentive('fanxiang-chuangye-butie')],
    exercises: '补贴类型',
  },
  {
    persona: '返乡毕业生',
    query: '20万元',
    relevant: [incentive('boshi-yanjiusheng-anjia-butie')],
    exercises: '带单位的金额',
  },
  {
    persona: '返乡毕业生',
    query: '一次性奖励1万元',
    relevant: [
      incentive('gaoxiao-biyesheng-qiye-jiuye-jiangli'),
      incentive('jineng-dengji-tisheng-jiangli'),
      incentive('jixu-jinque-rencai-yinjin-jiangli'),
    ],
    exercises: '金额和发放方式；三个现行事项都有1万元一次性奖励',
  },
  // 记者: document numbers, names, titles, figures.
  {
    persona: '记者',
    query: '澄委人才办发〔2024〕12号',
    relevant: [policy('jixu-jinque-rencai-mulu-2025')],
    exercises: '完整发文字号',
  },
  {
    persona: '记者',
    query: '〔2024〕9号',
    relevant: [policy('chengcai-huigui-shishi-yijian')],
    exercises: '不含机关代字的字号',
  },
  {
    persona: '记者',
    query: '澄委组发2024年6号',
    relevant: [policy('gaocengci-rencai-yinjin-banfa')],
    exercises: '无括号、带“年”的字号',
  },
  {
    persona: '记者',
    query: '澄住建发[2020]15号',
    relevant: [policy('rencai-gongyu-guanli-zanxing-banfa')],
    exercises: '方括号的字号',
  },
  {
    persona: '记者',
    query: '2025年8号',
    relevant: [policy('rencai-gongyu-guanli-banfa')],
    exercises: '口头说法的字号',
  },
  {
    persona: '记者',
    query: '陶景川',
    relevant: [talent('tao-jingchuan'), policy('disan-jie-chengxi-yingcai-biaozhang-jueding')],
    exercises: '三字人名',
  },
  { persona: '记者', query: '何砚秋', relevant: [talent('he-yanqiu')], exercises: '三字人名' },
  { persona: '记者', query: '罗春芽', relevant: [talent('luo-chunya')], exercises: '三字人名' },
  {
    persona: '记者',
    query: '韦一宁 社工',
    relevant: [talent('wei-yining')],
    exercises: '人名加领域',
  },
  {
    persona: '记者',
    query: '第三届澄溪英才',
    relevant: [policy('disan-jie-chengxi-yingcai-biaozhang-jueding')],
    exercises: '表彰名称',
  },
  {
    persona: '记者',
    query: '十五五人才规划',
    relevant: [policy('rencai-fazhan-shiwuwu-guihua')],
    exercises: '规划简称',
  },
  {
    persona: '记者',
    query: '人才发展专项资金',
    relevant: [policy('rencai-fazhan-zhuanxiang-zijin-guanli-guiding')],
    exercises: '文件名',
  },
  {
    persona: '记者',
    query: '玉雕 人才评价',
    relevant: [policy('tese-hangye-rencai-pingjia-banfa')],
    exercises: '多词',
  },
  {
    persona: '记者',
    query: '氮化铝',
    relevant: [talent('he-yanqiu'), talent('long-siyuan')],
    exercises: '专业术语',
  },
  { persona: '记者', query: '茶叶合作社', relevant: [talent('luo-chunya')], exercises: '词组' },
  {
    persona: '记者',
    query: '高层次人才引进办法解读',
    relevant: [
      policy('gaocengci-rencai-yinjin-banfa-jiedu'),
      policy('gaocengci-rencai-yinjin-banfa'),
    ],
    exercises: '文件名加“解读”',
  },
  { persona: '记者', query: '选调生', relevant: [talent('xiang-xiaolan')], exercises: '身份' },
];
