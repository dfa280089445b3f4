import type { APIRoute, GetStaticPaths } from 'astro';
import { securityHeaders } from '../lib/security/securityPolicy.ts';
import { withBase } from '../lib/site/routes.ts';
import { hostHeadersFile } from '../lib/security/hostHeaders.ts';

// `_headers` for static hosts that read it (Cloudflare Pages, Netlify, EdgeOne Pages …).
// A page file may not start with "_", hence the one-value dynamic route.
export const getStaticPaths: GetStaticPaths = () => [{ params: { headers: '_headers' } }];

export const GET: APIRoute = () =>
  new Response(
    hostHeadersFile(securityHeaders(), {
      assets: withBase('/_astro/*'),
      search: withBase('/pagefind/*'),
      all: withBase('/*'),
    }),
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
