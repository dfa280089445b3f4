/**
 * The site's Content-Security-Policy, defined once: Astro emits it as a <meta> on every
 * page, and the same text goes into the `_headers` file and the nginx snippet of the
 * deployment docs. Scripts come only from the site's own files: no 'unsafe-inline'.
 */

/** Script sources: own files, and WebAssembly for the Pagefind search index. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Style sources: own stylesheets only. No inline style attributes either: build-time SVG
 * charts are cleaned to presentation attributes (see `cleanChartSvg`).
 */
export const STYLE_SOURCES = ["'self'"] as const;

/** Every other directive. `frame-ancestors` only works as an HTTP header, not in <meta>. */
export const OTHER_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

/** Directives that browsers honour only in an HTTP header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"] as const;

/**
 * The policy as one header value (also what the <meta> says, plus the header-only directives).
 * @example contentSecurityPolicy().includes("script-src 'self' 'wasm-unsafe-eval'") // true
 */
export function contentSecurityPolicy(): string {
  return [
    ...OTHER_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/** Headers every response gets from a static host, with the policy. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };
}

/** Astro's `security.csp` setting for the same policy. */
export function astroCspConfig() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...OTHER_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}
