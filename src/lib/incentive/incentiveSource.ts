import { formatChineseDate } from '../shared/isoDate.ts';
import { resolveClause } from '../policy/clauses.ts';
import { parsePolicyStructure } from '../policy/policyArticles.ts';
import type { PolicyStatusInfo } from '../policy/policyStatus.ts';
import { routes } from '../site/routes.ts';

/**
 * Where an incentive comes from and whether it can be applied for: the citation of
 * its source policy and article, and what its policy's status means for applicants.
 */

/** The citation of an incentive's source: the policy, its article, and the deep link. */
export interface IncentiveSource {
  /** e.g. `《澄溪县高层次人才引进办法》第十条`, `《…条例》第十八条第一款`. */
  text: string;
  policyTitle: string;
  docNumber: string | null;
  clause: string | null;
  /** Site path (without base) of the policy page, with the clause's exact anchor when it is cited. */
  path: string;
}

/**
 * The citation of an incentive's source policy and clause, with the clause's anchor found in
 * the policy's body (`body`; without it the link goes to the top of the policy).
 * @example citeIncentiveSource({ policy: 'p', clause: '第十条第二款' }, { title: '某办法', body: '第十条　甲\n\n乙' }).path // '/policies/p/#art-10-2'
 */
export function citeIncentiveSource(
  incentive: { policy: string; clause?: string | undefined },
  policy: { title: string; docNumber?: string | undefined; body?: string | undefined },
): IncentiveSource {
  const target =
    incentive.clause && policy.body !== undefined
      ? resolveClause(parsePolicyStructure(policy.body), incentive.clause)
      : null;
  const anchor = target?.ok ? target.anchor : null;
  return {
    text: `《${policy.title}》${incentive.clause ?? ''}`,
    policyTitle: policy.title,
    docNumber: policy.docNumber ?? null,
    clause: incentive.clause ?? null,
    path: `${routes.policy(incentive.policy)}${anchor ? `#${anchor}` : ''}`,
  };
}

/** Whether an incentive can be applied for, as a short label and a sentence for its banner. */
export interface IncentiveAvailability {
  offered: boolean;
  /** `可申请`, `已停止受理` or `尚未开始受理`. */
  label: string;
  /** Why, in one sentence; null when it is offered. */
  explanation: string | null;
}

/**
 * What the status of an incentive's source policy means for applicants.
 * @example incentiveAvailability({ status: '已失效', expiresOn: '2025-12-31' }).explanation // '依据文件已于2025年12月31日到期失效，本事项已停止受理新申请。'
 */
export function incentiveAvailability(status: PolicyStatusInfo): IncentiveAvailability {
  switch (status.status) {
    case '现行有效':
      return { offered: true, label: '可申请', explanation: null };
    case '尚未施行':
      return {
        offered: false,
        label: '尚未开始受理',
        explanation: `依据文件自${formatChineseDate(status.until)}起施行，届时开始受理申请。`,
      };
    case '已修订':
      return {
        offered: false,
        label: '已停止受理',
        explanation: `依据文件已经修订，修订后的文件自${formatChineseDate(status.since)}起施行，本事项已停止受理新申请。`,
      };
    case '已废止':
      return {
        offered: false,
        label: '已停止受理',
        explanation: `依据文件已于${formatChineseDate(status.since)}废止，本事项已停止受理新申请。`,
      };
    case '已失效':
      return {
        offered: false,
        label: '已停止受理',
        explanation: `依据文件已于${formatChineseDate(status.expiresOn)}到期失效，本事项已停止受理新申请。`,
      };
  }
}

/**
 * The incentives to apply for instead of one whose policy was revised: the offered incentives
 * of the version now in force, of the same benefit type. None when no version replaced it.
 * @example replacementIncentives({ benefit: '安家补贴' }, 'banfa-2024', offered).map((i) => i.slug) // ['anjia-2024']
 */
export function replacementIncentives<
  T extends { offered: boolean; data: { policy: string; benefit: string } },
>(incentive: { benefit: string }, currentPolicy: string | null, incentives: readonly T[]): T[] {
  if (currentPolicy === null) return [];
  return incentives.filter(
    (i) => i.offered && i.data.policy === currentPolicy && i.data.benefit === incentive.benefit,
  );
}
