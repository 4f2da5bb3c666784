// ESLint over the whole tree (`npm run lint`, a stage of `npm test`). Kept to the recommended
// sets plus one type-aware rule, @typescript-eslint/no-floating-promises: an un-awaited promise
// that rejects is an unhandled rejection nobody sees, and a missing `await` before a repository
// write is a race. A promise left running on purpose says so with `void` and a comment.
// Formatting is Prettier's job (`npm run format:check`); none of these sets has layout rules.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-lms/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
      // Bytes under test (as in .prettierignore): never rewritten.
      'test/fixtures/',
      'test/e2e/lms/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        // Type information from tsconfig.json (the files svelte-check checks).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Reactive state lives in $state (and is read through it); the Maps, Sets and
      // URLSearchParams this rule flags are scratch values inside one computation or caches that
      // must not be reactive (the workflow registry signals through a version counter).
      'svelte/prefer-svelte-reactivity': 'off',
      // `_name` marks a parameter or binding kept for its position or its type.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // Node scripts and the tool configs run in Node, outside tsconfig.json: no type information.
    files: ['scripts/**', 'bench/**', '*.config.{js,ts}', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests stand in for LMS runtimes (window.API, the cmi5 fetch layer) whose shapes are the
    // untyped objects an LMS hands over; the source they test has no `any`.
    files: ['**/*.test.ts', 'test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain JavaScript, and the bench's floor app (its own tiny build, outside tsconfig.json).
    files: ['**/*.{js,mjs,cjs}', 'bench/floor/**'],
    ...tseslint.configs.disableTypeChecked,
  },
);
