// 页面绘制前运行的唯一脚本。适老化模式：恢复读者上次的选择，避免文字先小后大地跳动。
// 同步加载的外部脚本（不是内联脚本），严格的内容安全策略下也能运行。
// 同时标记“脚本可用”（data-scripted），让“长者模式”按钮、检索页等需要脚本的部分从第一次绘制起就在位，
// 不会在页面显示后才出现而挤动版面。
document.documentElement.setAttribute('data-scripted', '');
try {
  if (localStorage.getItem('rencai-elder-mode') === 'on') document.documentElement.setAttribute('data-elder', 'on');
} catch (e) {
  /* 隐私模式下 localStorage 不可用：保持默认字号 */
}
