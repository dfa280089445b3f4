import { incentiveDataRecord, type IncentiveDataRecord } from '../lib/incentive/incentiveData.ts';
import { absoluteUrl } from '../lib/site/routes.ts';
import { getIncentives, getSite } from './content.ts';
import { incentivePolicy } from './incentivePages.ts';
import { getPolicyMap } from './policyPages.ts';

/** The open-data records of every published incentive, offered or not, in slug order. */
export async function incentiveDataRecords(): Promise<IncentiveDataRecord[]> {
  const [site, incentives, policies] = await Promise.all([
    getSite(),
    getIncentives(),
    getPolicyMap(),
  ]);
  return incentives.map((i) =>
    incentiveDataRecord(i, incentivePolicy(policies, i), (path) => absoluteUrl(path, site.url)),
  );
}
