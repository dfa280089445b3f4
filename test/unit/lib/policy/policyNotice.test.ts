import { describe, expect, test } from 'vitest';
import {
  policyStatusNotice,
  type NoticeInput,
  type NoticePart,
} from '../../../../src/lib/policy/policyNotice.ts';

const self = { slug: 'self', title: '本办法' };
const v2 = { slug: 'v2', title: '修订办法', docNumber: '澄委办发〔2024〕9号' };
const v3 = { slug: 'v3', title: '第三版办法' };
const notice = (input: Partial<NoticeInput> & Pick<NoticeInput, 'status'>) =>
  policyStatusNotice({ self, ...input });
/** The notice as one line, links in [brackets]. */
const text = (parts: NoticePart[] | undefined) =>
  (parts ?? [])
    .map((p) => (typeof p === 'string' ? p : `[${p.link}:${p.slug}:${p.text}]`))
    .join('');

describe('policyStatusNotice', () => {
  test('is null for 现行有效', () => {
    expect(notice({ status: { status: '现行有效' } })).toBeNull();
  });

  test('announces a published new version that is not yet in force', () => {
    const result = notice({
      status: { status: '现行有效' },
      upcoming: { ...v3, effectiveOn: '2027-01-01' },
    });
    expect(result).toMatchObject({ headline: '新版本即将施行', variant: 'pending' });
    expect(text(result?.parts)).toBe(
      '本文件现行有效。新版本[policy:v3:《第三版办法》]将于2027年1月1日起施行，届时本文件不再执行。',
    );
  });

  test.each([
    [{ status: '尚未施行', until: '2027-01-01' }, 'pending'],
    [{ status: '已修订', since: '2024-07-01', by: 'v2' }, 'revised'],
    [{ status: '已废止', since: '2025-06-30' }, 'repealed'],
    [{ status: '已失效', expiresOn: '2025-12-31' }, 'expired'],
  ] as const)('colours %o as %s', (status, variant) => {
    expect(notice({ status })?.variant).toBe(variant);
  });

  test('says until when a policy is 尚未施行, and which version applies meanwhile', () => {
    const result = notice({ status: { status: '尚未施行', until: '2027-01-01' }, predecessor: v2 });
    expect(result?.headline).toBe('尚未施行');
    expect(text(result?.parts)).toBe(
      '本文件自2027年1月1日起施行。施行前，继续执行[policy:v2:《修订办法》（澄委办发〔2024〕9号）]。',
    );
  });

  test('says since when a policy is 已废止, and names its replacement', () => {
    expect(
      text(notice({ status: { status: '已废止', since: '2025-06-30' }, replacement: v3 })?.parts),
    ).toBe('本文件已于2025年6月30日废止，不再执行。现行有效的版本是[policy:v3:《第三版办法》]。');
  });

  test('links the revising version and its 修订对照 for 已修订', () => {
    expect(
      text(
        notice({
          status: { status: '已修订', since: '2024-07-01', by: 'v2' },
          revisedBy: v2,
          replacement: v2,
        })?.parts,
      ),
    ).toBe(
      '本文件自2024年7月1日起不再执行，已被[policy:v2:《修订办法》（澄委办发〔2024〕9号）]修订。修订内容见[diff:v2:修订对照]。该版本现行有效。',
    );
  });

  test('names the version in force at the end of a chain of revisions', () => {
    expect(
      text(
        notice({
          status: { status: '已修订', since: '2024-07-01', by: 'v2' },
          revisedBy: v2,
          replacement: v3,
        })?.parts,
      ),
    ).toContain('现行有效的版本是[policy:v3:《第三版办法》]。');
  });

  test('says 已失效 from the day after expiresOn', () => {
    expect(text(notice({ status: { status: '已失效', expiresOn: '2025-12-31' } })?.parts)).toBe(
      '本文件有效期至2025年12月31日，自2026年1月1日起失效。',
    );
  });

  test('speaks of the interpreted document on a 解读', () => {
    const result = notice({
      status: { status: '已废止', since: '2025-06-30' },
      interprets: { slug: 'banfa', title: '暂行办法' },
    });
    expect(text(result?.parts)).toBe(
      '本解读所解读的[policy:banfa:《暂行办法》]已于2025年6月30日废止，不再执行。',
    );
  });
});
