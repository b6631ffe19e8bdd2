// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro over every script,
// module, test and component. Formatting is Prettier's job (.prettierrc.mjs), not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'bench/work/',
    'test-results/',
    'content/',
    '**/fixtures/**',
    // Served byte for byte and minified by hand (`catch(e){}`): any edit would change the built asset.
    'src/scripts/theme-init.js',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // Plain JavaScript here runs in Node: astro.config.mjs, the postinstall check and this file.
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    rules: {
      // A leading underscore marks what is left out on purpose: a rest sibling dropped from an object
      // (`{ abstract: _abstract, ...rest }`) or a parameter a callback's signature requires.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Untrusted JSON (API answers, parsed test output) is read as Record<string, any> and checked field by field.
      '@typescript-eslint/no-explicit-any': 'off',
      // Character classes escape `[` and a final `-` on purpose, so `[^\[\]]` reads as the pair it is.
      'no-useless-escape': 'off',
    },
  },
  // Layers never climb back. The core (src/lib) and what the build runs around it (the build cache,
  // loaders, integrations) never import the site's components, layouts or pages, nor the scripts or
  // tests that use them; the scripts (CLIs, bench) never import tests.
  {
    files: ['src/lib/**', 'src/build-cache.ts', 'src/loaders/**', 'src/integrations/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(components|layouts|pages|tests)/|(^|/)\\.\\./(\\.\\./)*scripts/',
              message: 'src/lib and the build code sit below components, layouts, pages, scripts and tests.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '(^|/)tests/', message: 'scripts sit below tests: shared helpers live in scripts/lib.' }],
        },
      ],
    },
  },
);
