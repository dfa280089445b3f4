import { policyDataRecord, type PolicyDataRecord } from '../lib/policy/policyData.ts';
import { absoluteUrl, routes } from '../lib/site/routes.ts';
import { getPolicies, getSite } from './content.ts';
import { getPolicyAttachments } from './policyPages.ts';

/** The open-data records of every published policy and 解读, newest first. */
export async function policyDataRecords(): Promise<PolicyDataRecord[]> {
  const site = await getSite();
  return Promise.all(
    (await getPolicies()).map(async (p) => {
      const attachments = (await getPolicyAttachments(p.slug)).map((a) => ({
        title: a.title,
        url: absoluteUrl(routes.policyFile(p.slug, a.fileName), site.url),
        type: a.type,
        bytes: a.bytes,
      }));
      return policyDataRecord(p, absoluteUrl(routes.policy(p.slug), site.url), attachments, (s) =>
        absoluteUrl(routes.policy(s), site.url),
      );
    }),
  );
}
