#!/usr/bin/env node
// Lists static i18n keys used in src/ (t('ns:key') and 'ns:key' strings) that locales/en lacks.
// A developer aid: dynamic keys (template literals) can't be checked statically.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const files = [];
(function walk(dir) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|svelte)$/.test(f) && !/\.test\.ts$/.test(f)) files.push(p);
  }
})('src');
const namespaces = readdirSync('locales/en').map((f) => f.replace(/\.json$/, ''));
const en = Object.fromEntries(
  namespaces.map((ns) => [ns, JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8'))]),
);
const has = (ns, key) => {
  let node = en[ns];
  for (const part of key.split('.')) {
    if (node && typeof node === 'object' && part in node) node = node[part];
    else if (node && typeof node === 'object' && (`${part}_one` in node || `${part}_other` in node))
      return true;
    else return false;
  }
  return typeof node === 'string';
};
const missing = new Set();
const re = new RegExp(
  `['"\`]((?:${namespaces.join('|')}):[A-Za-z0-9_.-]+)['"\`]|\\bt\\(['"]([A-Za-z0-9_.-]+)['"]`,
  'g',
);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(re)) {
    const full = m[1] ?? `common:${m[2]}`;
    const [ns, key] = full.split(':');
    if (key.endsWith('.') || !key) continue;
    if (!has(ns, key)) missing.add(`${full}   (${file})`);
  }
}
console.log([...missing].sort().join('\n') || 'no missing keys');
process.exit(missing.size ? 1 : 0);
