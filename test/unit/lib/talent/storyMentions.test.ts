import { describe, expect, test } from 'vitest';
import { findStoryMentions, type MentionTarget } from '../../../../src/lib/talent/storyMentions.ts';

const policy = (slug: string, title: string, publishedOn = '2024-01-01'): MentionTarget => ({
  slug,
  title,
  publishedOn,
});
const incentive = (slug: string, title: string): MentionTarget => ({ slug, title });

const policies = [
  policy('yinjin', '澄溪县高层次人才引进办法'),
  policy('huigui-2024', '澄溪县“澄才回归”工程实施意见（2024年修订）'),
  policy('huigui-2021', '澄溪县“澄才回归”工程实施意见'),
];
const incentives = [
  incentive('anjia', '博士研究生安家补贴'),
  incentive('shuoshi-shenghuo', '返乡硕士研究生生活补贴'),
  incentive('shenghuo', '生活补贴'),
  incentive('chuangye', '返乡创业补贴'),
];

describe('findStoryMentions', () => {
  test('links a policy whose exact title appears in 《》', () => {
    expect(
      findStoryMentions('带去了刚刚出台的《澄溪县高层次人才引进办法》。', { policies, incentives })
        .policies,
    ).toEqual(['yinjin']);
  });

  test('tells apart versions whose titles differ only by a suffix', () => {
    expect(
      findStoryMentions('按照《澄溪县“澄才回归”工程实施意见》申领', { policies, incentives })
        .policies,
    ).toEqual(['huigui-2021']);
    expect(
      findStoryMentions('《澄溪县“澄才回归”工程实施意见（2024年修订）》施行后', {
        policies,
        incentives,
      }).policies,
    ).toEqual(['huigui-2024']);
  });

  test('does not link a policy title without 《》 or a 《》 title that matches no policy', () => {
    expect(
      findStoryMentions('澄溪县高层次人才引进办法规定，代表作《溪山行旅》获金奖', {
        policies,
        incentives,
      }).policies,
    ).toEqual([]);
  });

  test('matches full-width and half-width brackets and ignores spaces in titles', () => {
    expect(
      findStoryMentions('《澄溪县“澄才回归”工程实施意见(2024年修订)》', { policies, incentives })
        .policies,
    ).toEqual(['huigui-2024']);
    expect(
      findStoryMentions('《澄溪县 高层次人才引进办法》', { policies, incentives }).policies,
    ).toEqual(['yinjin']);
  });

  test('links the newest of several policies with the same title', () => {
    const twins = [
      policy('old', '人才公寓管理办法', '2020-01-01'),
      policy('new', '人才公寓管理办法', '2025-01-01'),
    ];
    expect(
      findStoryMentions('《人才公寓管理办法》', { policies: twins, incentives: [] }).policies,
    ).toEqual(['new']);
  });

  test('links an incentive whose title appears anywhere in the text', () => {
    expect(
      findStoryMentions('按规定享受了“博士研究生安家补贴”', { policies, incentives }).incentives,
    ).toEqual(['anjia']);
  });

  test('prefers the longest incentive title where titles overlap', () => {
    expect(
      findStoryMentions('每月领取2000元“返乡硕士研究生生活补贴”', { policies, incentives })
        .incentives,
    ).toEqual(['shuoshi-shenghuo']);
    expect(
      findStoryMentions('每月领取生活补贴，另有返乡硕士研究生生活补贴', { policies, incentives })
        .incentives,
    ).toEqual(['shenghuo', 'shuoshi-shenghuo']);
  });

  test('does not read an incentive title inside a document name', () => {
    const inTitle = [policy('x', '返乡创业补贴管理办法')];
    expect(
      findStoryMentions('依据《返乡创业补贴管理办法》', { policies: inTitle, incentives })
        .incentives,
    ).toEqual([]);
  });

  test('lists each entry once, in order of first mention', () => {
    const text =
      '先领了返乡创业补贴，后按《澄溪县高层次人才引进办法》领了博士研究生安家补贴，又领了返乡创业补贴。《澄溪县“澄才回归”工程实施意见》';
    expect(findStoryMentions(text, { policies, incentives })).toEqual({
      policies: ['yinjin', 'huigui-2021'],
      incentives: ['chuangye', 'anjia'],
    });
  });

  test('finds nothing when no targets are given, so unpublished entries are never linked', () => {
    expect(
      findStoryMentions('《澄溪县高层次人才引进办法》博士研究生安家补贴', {
        policies: [],
        incentives: [],
      }),
    ).toEqual({ policies: [], incentives: [] });
  });
});
