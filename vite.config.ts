import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';

const OUT_DIR = 'dist';
// The folder this build writes (`vite build --outDir …` overrides OUT_DIR; the bench builds elsewhere).
let outDir = OUT_DIR;

/** Every file of the build, relative to its folder (to prove each one is precached). */
function builtFiles(dir = outDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtFiles(join(dir, entry.name))
      : [relative(outDir, join(dir, entry.name)).split('\\').join('/')],
  );
}

// The service worker itself, its runtime and files the browser never fetches from a page are not precached.
const NOT_PRECACHED = /^(sw\.js|workbox-[\w-]+\.js|robots\.txt|\.nojekyll|.*\.map)$/;

// base './' makes every asset URL relative, so the default build works at / and under any
// sub-path (hash routing needs no server rewrites); the e2e server and the LMS packages use it.
// The Pages build sets PAGES_BASE=/<repo>/ so the manifest's scope and start_url are absolute.
// The PWA is off for `--mode lms`: a SCORM/cmi5 package must contain no service worker.
export default defineConfig(({ mode, command }) => {
  const pwa = command === 'build' && mode !== 'lms' && !process.env.VITEST;
  return {
    base: process.env.PAGES_BASE || './',
    // main.ts registers the service worker only where this build made one.
    define: { 'import.meta.env.PWA': JSON.stringify(pwa) },
    plugins: [
      {
        name: 'partner-sim:out-dir',
        configResolved(config: { root: string; build: { outDir: string } }) {
          outDir = resolve(config.root, config.build.outDir);
        },
      },
      svelte(),
      svelteTesting(),
      pwa &&
        VitePWA({
          // 'prompt': a new version waits until the learner accepts it (never during a test); src/app/pwa.svelte.ts.
          registerType: 'prompt',
          injectRegister: false,
          includeAssets: ['favicon.svg'],
          manifest: {
            name: 'Partner relationships simulator',
            short_name: 'Partner sim',
            // Names in the other two UI languages (Web App Manifest localization; browsers without it use `name`).
            name_localized: { ru: 'Симулятор партнёрских отношений', zh: '合作伙伴关系模拟器' },
            short_name_localized: { ru: 'Симулятор', zh: '模拟器' },
            description:
              'Browser-only training simulator for Microsoft partner relationships. Unofficial.',
            lang: 'en',
            display: 'standalone',
            start_url: './',
            scope: './',
            theme_color: '#0f6cbd',
            background_color: '#ffffff',
            icons: [
              // PNGs for installers that need raster icons (Chrome wants 192 and 512): rendered
              // once from the SVGs in headless Chromium and committed (no image library at build).
              { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
              { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
              {
                src: 'icon-maskable-192.png',
                sizes: '192x192',
                type: 'image/png',
                purpose: 'maskable',
              },
              {
                src: 'icon-maskable-512.png',
                sizes: '512x512',
                type: 'image/png',
                purpose: 'maskable',
              },
              { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
              {
                src: 'icon-maskable.svg',
                sizes: 'any',
                type: 'image/svg+xml',
                purpose: 'maskable',
              },
            ],
          } as Record<string, unknown>,
          workbox: {
            globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
            // Hash routing: every route is index.html, so no navigation fallback rewrites are needed beyond it.
            navigateFallback: 'index.html',
            // The Pages deploy publishes lms/cmi5.xml beside the site (.github/workflows/pages.yml):
            // opening it must download the file, not the app shell.
            navigateFallbackDenylist: [/\/lms\//],
            cleanupOutdatedCaches: true,
            maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
            // The build fails if any chunk or locale file would not be precached (offline must be complete).
            manifestTransforms: [
              (entries) => {
                const precached = new Set(entries.map((entry) => entry.url.replace(/^\.?\//, '')));
                const missing = builtFiles().filter(
                  (file) => !NOT_PRECACHED.test(file) && !precached.has(file),
                );
                if (missing.length)
                  throw new Error(`Not precached by the service worker: ${missing.join(', ')}`);
                return { manifest: entries, warnings: [] };
              },
            ],
          },
        }),
    ],
    // Without the `module` condition @xstate/svelte resolves to its CommonJS build, which
    // pulls a second copy of svelte into tests (lifecycle_outside_component errors).
    resolve: process.env.VITEST
      ? { conditions: ['module', 'browser', 'development|production'] }
      : undefined,
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: OUT_DIR,
      rollupOptions: {
        output: {
          // Locale chunks carry their language and namespace (assets/locale-ru-mail-<hash>.js), so
          // the bench and the first-load e2e can tell which language's texts a page fetched.
          chunkFileNames: (chunk: { facadeModuleId?: string | null }) => {
            const locale = /locales\/(\w+)\/([\w-]+)\.json$/.exec(chunk.facadeModuleId ?? '');
            return locale
              ? `assets/locale-${locale[1]}-${locale[2]}-[hash].js`
              : 'assets/[name]-[hash].js';
          },
          // Everything the entry imports statically in one chunk: left to itself the bundler cut it
          // into ~20 pieces (the libraries, the shell, tiny shared modules), each compressed on
          // its own and each another request (issue 19: −4.6 KiB gzip and 18 fewer files at start).
          codeSplitting: {
            groups: [{ name: 'start', tags: ['$initial'] }],
          },
        },
      },
    },
    test: {
      // Domain, machine and repository tests need no DOM; component tests opt in with a
      // `// @vitest-environment jsdom` first line (a jsdom per file costs seconds on 2 cores).
      environment: 'node',
      globals: true,
      setupFiles: ['./test/setup.ts'],
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: ['test/e2e/**', 'node_modules/**'],
    },
  };
});
