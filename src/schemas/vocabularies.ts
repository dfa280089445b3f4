/**
 * The controlled vocabularies of the content specification, as plain data.
 * Schemas, pure logic and pages all read them from here, so a term exists once.
 */

/**
 * 文种 of a policy document. 条例 and the kinds after it came with real documents (2026-12):
 * a county republishes provincial and city 条例, promulgation 公告, 通报 and 指南.
 */
export const POLICY_KINDS = [
  '条例',
  '规划',
  '意见',
  '决定',
  '办法',
  '细则',
  '规定',
  '方案',
  '通知',
  '公告',
  '通告',
  '通报',
  '报告',
  '指南',
  '目录',
  '其他',
  '解读',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** 主题分类 of a policy. */
export const POLICY_TOPICS = [
  '人才引进',
  '人才培养',
  '人才评价',
  '人才激励',
  '人才服务保障',
  '综合',
] as const;
export type PolicyTopic = (typeof POLICY_TOPICS)[number];

/** The computed lifecycle status of a policy, in the order the rules are checked. */
export const POLICY_STATUSES = ['现行有效', '尚未施行', '已修订', '已废止', '已失效'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** 适用对象: groups an applicant can belong to. */
export const GROUPS = [
  '高层次人才',
  '急需紧缺人才',
  '高校毕业生',
  '返乡人才',
  '海外人才',
  '青年人才',
  '创业人才',
  '技能人才',
] as const;
export type Group = (typeof GROUPS)[number];

/** 人才队伍: the six talent teams. */
export const TEAMS = [
  '党政人才',
  '企业经营管理人才',
  '专业技术人才',
  '高技能人才',
  '农村实用人才',
  '社会工作人才',
] as const;
export type Team = (typeof TEAMS)[number];

/** 人才层次 codes. */
export const TIERS = ['A', 'B', 'C', 'D', 'E'] as const;
export type Tier = (typeof TIERS)[number];

/** What each 人才层次 code means. */
export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  A: '国际国内顶尖人才',
  B: '国家级领军人才',
  C: '省级领军人才',
  D: '市级拔尖人才',
  E: '县级骨干人才',
};

/** 学历, highest first. */
export const EDUCATION_LEVELS = ['博士研究生', '硕士研究生', '本科', '大专', '中专及以下'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** 职称, highest first. */
export const TITLES = ['正高级', '副高级', '中级', '初级'] as const;
export type Title = (typeof TITLES)[number];

/** 用人类型. */
export const EMPLOYER_TYPES = ['企业', '机关事业单位', '社会组织', '自主创业'] as const;
export type EmployerType = (typeof EMPLOYER_TYPES)[number];

/** The answer a profile may give for tier or title when it has none. */
export const NONE_ANSWER = '无' as const;

/** 激励类型 of an incentive. */
export const BENEFITS = [
  '安家补贴',
  '购房补贴',
  '租房补贴',
  '生活补贴',
  '一次性奖励',
  '科研经费',
  '创业扶持',
  '人才公寓',
  '子女入学',
  '配偶就业',
  '医疗保健',
  '其他',
] as const;
export type Benefit = (typeof BENEFITS)[number];

/** How often a cash benefit is paid. */
export const AMOUNT_PERIODS = ['once', 'monthly', 'yearly'] as const;
export type AmountPeriod = (typeof AMOUNT_PERIODS)[number];

/** Chinese names of the payment periods. */
export const AMOUNT_PERIOD_LABELS: Readonly<Record<AmountPeriod, string>> = {
  once: '一次性',
  monthly: '按月',
  yearly: '按年',
};

/** 荣誉级别, highest first. */
export const HONOR_LEVELS = ['国家级', '省级', '市级', '县级'] as const;
export type HonorLevel = (typeof HONOR_LEVELS)[number];

/** Content types as the search index and lists name them. */
export const CONTENT_TYPES = ['政策', '解读', '激励', '人才'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** ASCII URL segment of each 人才队伍, for the talent filter pages (/talents/team/<code>/). */
export const TEAM_CODES: Readonly<Record<Team, string>> = {
  党政人才: 'dangzheng',
  企业经营管理人才: 'qiye-jingying-guanli',
  专业技术人才: 'zhuanye-jishu',
  高技能人才: 'gaojineng',
  农村实用人才: 'nongcun-shiyong',
  社会工作人才: 'shehui-gongzuo',
};

/** ASCII URL segment of each 荣誉级别, for the talent filter pages (/talents/honor/<code>/). */
export const HONOR_LEVEL_CODES: Readonly<Record<HonorLevel, string>> = {
  国家级: 'national',
  省级: 'provincial',
  市级: 'municipal',
  县级: 'county',
};
