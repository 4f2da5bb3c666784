// Installs the npm dependencies from the lockfile when a fresh checkout has none, so that the
// README's two commands (`npm start`, `npm test`) work on a fresh machine. Dependency-free.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const fresh =
    existsSync(marker) &&
    existsSync(join(root, 'node_modules', '.bin', 'vite')) &&
    statSync(marker).mtimeMs >= statSync(lock).mtimeMs - 1000;
  if (fresh) return;
  console.log('Installing dependencies (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('npm ci failed. Node.js >= 20.19 and access to the npm registry are needed.');
    process.exit(r.status ?? 1);
  }
}

const { engines } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node.js ${engines.node} is needed; this is ${process.versions.node}.`);
  process.exit(1);
}
