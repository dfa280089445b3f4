import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPolicies } from '../../../../queries/content.ts';
import { getPolicyAttachments } from '../../../../queries/policyPages.ts';

/** Publishes each attachment beside its policy, byte for byte: /policies/<slug>/files/<file>. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const policy of await getPolicies()) {
    for (const attachment of await getPolicyAttachments(policy.slug)) {
      paths.push({
        params: { slug: policy.slug, file: attachment.fileName },
        props: { sourcePath: attachment.sourcePath, mime: attachment.mime },
      });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { sourcePath, mime } = props as { sourcePath: string; mime: string };
  return new Response(new Uint8Array(await readFile(sourcePath)), {
    headers: { 'Content-Type': mime },
  });
};
