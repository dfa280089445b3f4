/// <reference types="astro/astro-jsx" />

// Types that plain TypeScript lacks for .astro files. `astro check` runs Astro's language server,
// which resolves .astro imports and types templates itself; type-aware ESLint runs plain
// TypeScript, which cannot resolve an .astro import and has no JSX namespace for the templates
// that astro-eslint-parser turns into TSX. Without these, every template `.map()` and every
// .astro import has TypeScript's error type, and the no-unsafe-* rules report them all.
// Both declarations are fallbacks: a resolved .astro module and Astro's own JSX types win.

/** The default export of an .astro file where plain TypeScript cannot read the file itself. */
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

/**
 * Template elements in .astro files, as typed linting sees them. Astro's own element type is
 * `HTMLElement | any` (to fit every UI framework), which the no-unsafe-* rules cannot check;
 * eslint-plugin-astro's README recommends this narrowing.
 */
declare namespace JSX {
  type Element = HTMLElement;
  type IntrinsicElements = astroHTML.JSX.IntrinsicElements;
}
