import Callout from './Callout.astro';
import IncentiveLink from './IncentiveLink.astro';
import PolicyLink from './PolicyLink.astro';

/**
 * The components an MDX body may use without importing them (src/lib/content/contentComponents.ts
 * lists their attributes for validate); pages pass this map to <Content components={…} />.
 */
export const contentComponents = { Callout, PolicyLink, IncentiveLink };
