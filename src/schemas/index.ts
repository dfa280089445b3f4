/** The one definition of every content field; see registry.ts for how collections are laid out. */
export * from './vocabularies.ts';
export * from './fields.ts';
export * from './site.ts';
export * from './policy.ts';
export * from './incentive.ts';
export * from './talent.ts';
export * from './indicators.ts';
export * from './registry.ts';
