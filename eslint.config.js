// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.dist-staging/',
      '.dist-previous/',
      '.test-output/',
      'bench-output/',
      '.astro/',
      'node_modules/',
      'content/',
      'test/fixtures/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.astro'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // `||` on text is deliberate here: a blank setting, an empty URL fragment or empty search
      // keywords count as absent (OUT_DIR=' ', '#', ''), which `??` would keep. The rule stays on
      // for every other type, where `||` would wrongly drop a 0 or a false.
      '@typescript-eslint/prefer-nullish-coalescing': [
        'error',
        { ignorePrimitives: { string: true } },
      ],
    },
  },
  {
    // astro-eslint-parser cannot use the project service and warns once per file that it falls
    // back to the nearest tsconfig.json; say so here so the run prints only real problems.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    rules: {
      // Chinese documentation quotes government text, whose indentation is the full-width space
      // (U+3000): comments may hold it. Code and patterns still may not (write \u3000 there).
      'no-irregular-whitespace': ['error', { skipComments: true }],
    },
  },
  {
    // Plain JavaScript config files are not type-checked.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
