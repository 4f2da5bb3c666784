#!/usr/bin/env node
// `npm start`: install dependencies if this checkout has none, then serve the app (Vite) on
// its default built-in world at http://localhost:5173/.
import { spawn } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vite = spawn(join(root, 'node_modules', '.bin', 'vite'), process.argv.slice(2), {
  cwd: root,
  stdio: 'inherit',
});
vite.on('close', (code) => process.exit(code ?? 0));
