import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// base './' makes every asset URL relative, so the same build works at / and under a
// GitHub Pages sub-path such as /partner-sim/ (hash routing needs no server rewrites).
export default defineConfig({
  base: './',
  plugins: [svelte(), svelteTesting()],
  // Without the `module` condition @xstate/svelte resolves to its CommonJS build, which
  // pulls a second copy of svelte into tests (lifecycle_outside_component errors).
  resolve: process.env.VITEST ? { conditions: ['module', 'browser', 'development|production'] } : undefined,
  build: { target: 'es2022', sourcemap: false },
  test: {
    // Domain, machine and repository tests need no DOM; component tests opt in with a
    // `// @vitest-environment jsdom` first line (a jsdom per file costs seconds on 2 cores).
    environment: 'node',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
