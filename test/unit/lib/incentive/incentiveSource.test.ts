import { describe, expect, test } from 'vitest';
import {
  citeIncentiveSource,
  incentiveAvailability,
  replacementIncentives,
} from '../../../../src/lib/incentive/incentiveSource.ts';

describe('citeIncentiveSource', () => {
  test('links a 款 or a part item to its exact anchor, found in the body', () => {
    const cite = (clause: string, body: string) =>
      citeIncentiveSource({ policy: 'p', clause }, { title: '某条例', body }).path;
    expect(cite('第五条第二款', '第五条　甲\n\n乙')).toBe('/policies/p/#art-5-2');
    expect(cite('（十三）', '一、总则\n\n（十三）加强保障')).toBe('/policies/p/#part-1-13');
  });

  test('links to the top of the policy when its body is not given or lacks the clause', () => {
    expect(citeIncentiveSource({ policy: 'p', clause: '第五条' }, { title: '某办法' }).path).toBe(
      '/policies/p/',
    );
  });

  test('cites the policy and article and links to the article anchor', () => {
    expect(
      citeIncentiveSource(
        { policy: 'yinjin-banfa', clause: '第十二条' },
        { title: '测试县人才引进办法', docNumber: '测人发〔2024〕1号', body: '第十二条　甲' },
      ),
    ).toEqual({
      text: '《测试县人才引进办法》第十二条',
      policyTitle: '测试县人才引进办法',
      docNumber: '测人发〔2024〕1号',
      clause: '第十二条',
      path: '/policies/yinjin-banfa/#art-12',
    });
  });

  test('links to the policy itself when no article is cited', () => {
    expect(citeIncentiveSource({ policy: 'fangan' }, { title: '行动方案' })).toMatchObject({
      text: '《行动方案》',
      clause: null,
      docNumber: null,
      path: '/policies/fangan/',
    });
  });
});

describe('incentiveAvailability', () => {
  test.each([
    [{ status: '现行有效' as const }, true, '可申请', null],
    [
      { status: '尚未施行' as const, until: '2027-01-01' },
      false,
      '尚未开始受理',
      '依据文件自2027年1月1日起施行，届时开始受理申请。',
    ],
    [
      { status: '已修订' as const, since: '2024-07-01', by: 'new' },
      false,
      '已停止受理',
      '依据文件已经修订，修订后的文件自2024年7月1日起施行，本事项已停止受理新申请。',
    ],
    [
      { status: '已废止' as const, since: '2025-06-30' },
      false,
      '已停止受理',
      '依据文件已于2025年6月30日废止，本事项已停止受理新申请。',
    ],
    [
      { status: '已失效' as const, expiresOn: '2025-12-31' },
      false,
      '已停止受理',
      '依据文件已于2025年12月31日到期失效，本事项已停止受理新申请。',
    ],
  ])('%j → %s %s', (status, offered, label, explanation) => {
    expect(incentiveAvailability(status)).toEqual({ offered, label, explanation });
  });
});

describe('replacementIncentives', () => {
  /** An incentive as replacementIncentives reads it: offered under 'new-banfa', 安家补贴. */
  const makeRecord = (
    slug: string,
    overrides: { offered?: boolean; policy?: string; benefit?: string } = {},
  ) => ({
    slug,
    offered: overrides.offered ?? true,
    data: { policy: overrides.policy ?? 'new-banfa', benefit: overrides.benefit ?? '安家补贴' },
  });

  test('lists the offered incentives of the version in force with the same benefit type', () => {
    const incentives = [makeRecord('new-anjia'), makeRecord('new-anjia-boshi')];
    expect(
      replacementIncentives({ benefit: '安家补贴' }, 'new-banfa', incentives).map((i) => i.slug),
    ).toEqual(['new-anjia', 'new-anjia-boshi']);
  });

  test.each([
    ['of another benefit type', makeRecord('new-zufang', { benefit: '租房补贴' })],
    ['that are not offered', makeRecord('new-anjia', { offered: false })],
    ['of another policy', makeRecord('other-anjia', { policy: 'other-banfa' })],
  ])('leaves out incentives %s', (_, record) => {
    expect(replacementIncentives({ benefit: '安家补贴' }, 'new-banfa', [record])).toEqual([]);
  });

  test('is empty when no version replaced the policy', () => {
    expect(replacementIncentives({ benefit: '安家补贴' }, null, [makeRecord('new-anjia')])).toEqual(
      [],
    );
  });
});
