import { chromiumPath, distDir, fromRoot, isFile, joinPath } from './node-env.mjs';

/**
 * Fails the run at once, with a message that says what to do, instead of letting every test
 * time out. (Playwright starts config.webServer before this runs; the static server tolerates
 * a missing dist/ and answers 404, so this message is the one a developer sees.)
 */
export default function globalSetup(): void {
  if (!isFile(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  const index = joinPath(fromRoot(distDir), 'index.html');
  if (!isFile(index)) {
    throw new Error(`${index} not found: run npm run build first`);
  }
}
