/**
 * One page of every template the site has, for the site-wide browser checks
 * (accessibility, keyboard, 适老化, CSP). Paths are relative to the site root.
 */
export const TEMPLATE_PAGES = [
  { template: '首页', path: '' },
  { template: '政策列表', path: 'policies/' },
  { template: '政策分面', path: 'policies/topic/yinjin/' },
  { template: '政策（现行有效）', path: 'policies/gaocengci-rencai-yinjin-banfa/' },
  { template: '政策（已修订）', path: 'policies/chengcai-huigui-shishi-yijian-2021/' },
  { template: '政策解读', path: 'policies/chengcai-huigui-shishi-yijian-jiedu/' },
  {
    template: '政策（条例：章、节、条的目录）',
    path: 'policies/xichuan-rencai-fazhan-cujin-tiaoli/',
  },
  {
    template: '政策（通知：附件说明、落款、附件和表格）',
    path: 'policies/rencai-fuwu-zhuanyuan-gongzuo-guize-tongzhi/',
  },
  { template: '政策（被补充）', path: 'policies/gaoxiao-biyesheng-jiuye-chuangye-butie-xize/' },
  { template: '修订对照', path: 'policies/chengcai-huigui-shishi-yijian/diff/' },
  { template: '激励列表', path: 'incentives/' },
  { template: '激励事项', path: 'incentives/fanxiang-shuoshi-shenghuo-butie/' },
  { template: '激励事项（停止受理）', path: 'incentives/chengcai-huigui-shenghuo-butie-2021/' },
  {
    template: '激励事项（金额按规定核定）',
    path: 'incentives/gaoxiao-biyesheng-linghuo-jiuye-shebao-butie/',
  },
  {
    template: '政策计算器',
    path: 'finder/?education=硕士研究生&fullTime=true&age=28&graduationYear=2024&groups=高校毕业生,返乡人才&employer=企业',
  },
  { template: '人才风采列表', path: 'talents/' },
  { template: '人才风采筛选', path: 'talents/team/zhuanye-jishu/' },
  { template: '人才风采', path: 'talents/he-yanqiu/' },
  { template: '媒体服务', path: 'press/' },
  { template: '数据统计', path: 'stats/' },
  { template: '搜索', path: 'search/?q=安家补贴' },
  { template: '404', path: '404.html' },
] as const;
