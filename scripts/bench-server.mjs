// The bench's static server for Lighthouse: serves a build folder gzip-compressed (as GitHub
// Pages does), so Lighthouse's simulated mobile network sees the bytes a learner's phone gets.
// scripts/serve-static.mjs (the e2e server) sends files uncompressed, which would make every
// load look ~3× heavier than on Pages and put the comparison off against what a learner meets.
// Files only: `/` and `dir/` serve index.html, anything outside the folder is a 404.

import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeFor } from './serve-static.mjs';

/** @param {{ dir: string, host?: string }} opts */
export function startGzipServer({ dir, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const cache = new Map();
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(root, '.' + path);
    if (
      (file !== root && !file.startsWith(root + sep)) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    let body = cache.get(file);
    if (!body) cache.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    res.writeHead(200, {
      'Content-Type': contentTypeFor(relative(root, file)),
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      // GitHub Pages' own header: a fresh Lighthouse profile has an empty cache either way.
      'Cache-Control': 'max-age=600',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => {
    server.listen(0, host, () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      done({
        url: `http://${host}:${address.port}/`,
        close: () => new Promise((closed) => server.close(() => closed(undefined))),
      });
    });
  });
}
