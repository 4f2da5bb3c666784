// Node-only helpers for the Playwright config and global setup. Kept in plain JS (typed with
// JSDoc) because the project has no @types/node: TypeScript infers these signatures, so the
// .ts files that import them type-check without Node's ambient types.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above this file). */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** @type {Record<string, string | undefined>} */
export const env = process.env;

/** True when running under CI (GitHub Actions sets CI=true). */
export const isCI = Boolean(env.CI && env.CI !== '0' && env.CI !== 'false');

/** Chromium binary: $CHROMIUM_PATH or Debian's /usr/bin/chromium. */
export const chromiumPath = env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Folder the static server serves: $E2E_DIST or dist/ (relative to the repo root). */
export const distDir = env.E2E_DIST || 'dist';

/** Port of the static server: $E2E_PORT or 4173. */
export const port = Number(env.E2E_PORT || 4173);

/** @param {string} path relative to the repo root, or absolute */
export function fromRoot(path) {
  return isAbsolute(path) ? path : resolve(repoRoot, path);
}

/** @param {string} path @returns {boolean} true if path is an existing regular file */
export function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** @param {string} path @returns {boolean} */
export function exists(path) {
  return existsSync(path);
}

/** @param {...string} parts @returns {string} */
export function joinPath(...parts) {
  return join(...parts);
}
