#!/usr/bin/env node
// Tiny dependency-free static file server for the built site (dist/).
//
//   node scripts/serve-static.mjs --dir dist --port 4173 --host 127.0.0.1 [--base /partner-sim/] [--verbose]
//
// The same files are served at `/` and under a sub-path (default `/partner-sim/`), which is
// how GitHub Pages serves a project site: a build that only works at `/` shows up as broken
// asset requests under the sub-path. No index.html fallback (hash routing needs none), so a
// missing file is a real 404. Directories are never listed; `dir/` serves `dir/index.html`.
// Paths that escape the served directory (`..`, encoded or not, or symlinks) get 404.
//
// Also usable from other scripts:
//   import { startServer } from './serve-static.mjs';
//   const { url, close } = await startServer({ dir: 'dist', port: 0, host: '127.0.0.1' });

import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_BASE = '/partner-sim/';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/** @param {string} file */
export function contentTypeFor(file) {
  return (
    CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file).toLowerCase())] ??
    'application/octet-stream'
  );
}

/** @param {string} base */
function normaliseBase(base) {
  let b = base.trim();
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** @param {string} root @param {string} candidate */
function isInside(root, candidate) {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Maps a request path to a file inside `root`, or returns null (=> 404).
 * @param {string} root absolute, real path of the served directory
 * @param {string} urlPath raw pathname from the request (still percent-encoded)
 * @returns {Promise<{ file: string } | { redirect: string } | null>}
 */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // Reject any `..` segment outright rather than normalising it away.
  if (decoded.split('/').some((seg) => seg === '..')) return null;
  const target = resolve(root, '.' + decoded);
  if (!isInside(root, target)) return null;
  let st;
  try {
    st = await stat(target);
  } catch {
    return null;
  }
  let file = target;
  if (st.isDirectory()) {
    // Like GitHub Pages: `/sub` -> `/sub/` so relative URLs in its index.html resolve.
    if (!decoded.endsWith('/')) return { redirect: urlPath + '/' };
    file = resolve(target, 'index.html');
    try {
      st = await stat(file);
    } catch {
      return null;
    }
  }
  if (!st.isFile()) return null;
  // Symlinks must not lead outside the served directory either.
  let real;
  try {
    real = await realpath(file);
  } catch {
    return null;
  }
  if (!isInside(root, real)) return null;
  return { file: real };
}

/**
 * Starts the server. Resolves once it is listening.
 * @param {{ dir?: string, port?: number, host?: string, base?: string, verbose?: boolean }} [options]
 * @returns {Promise<{ url: string, subPathUrl: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({
  dir = 'dist',
  port = 4173,
  host = '127.0.0.1',
  base = DEFAULT_BASE,
  verbose = false,
} = {}) {
  const absDir = resolve(dir);
  if (!existsSync(absDir)) {
    // Not fatal: the directory may be built later (e.g. Playwright starts the web server
    // before its globalSetup, which explains the missing build more clearly).
    process.stderr.write(
      `serve-static: warning: ${absDir} does not exist yet; every request will be 404\n`,
    );
  }
  const subPath = normaliseBase(base);
  /** @type {string | null} */
  let root = null;

  const server = createServer(async (req, res) => {
    const started = Date.now();
    const done = (/** @type {number} */ status) => {
      if (verbose)
        process.stdout.write(`${status} ${req.method} ${req.url} ${Date.now() - started}ms\n`);
    };
    const send = (
      /** @type {number} */ status,
      /** @type {string} */ body,
      /** @type {Record<string,string>} */ headers = {},
    ) => {
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      done(status);
    };

    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
        return;
      }
      const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
      if (!rawPath.startsWith('/')) {
        send(400, 'Bad Request\n');
        return;
      }
      if (root === null) {
        try {
          root = await realpath(absDir);
        } catch {
          send(404, 'Not Found\n');
          return;
        }
      }
      let path = rawPath;
      if (rawPath === subPath.slice(0, -1)) {
        send(301, 'Moved Permanently\n', { Location: subPath });
        return;
      }
      if (rawPath.startsWith(subPath)) path = rawPath.slice(subPath.length - 1);

      const hit = await resolveFile(root, path);
      if (hit === null) {
        send(404, 'Not Found\n');
        return;
      }
      if ('redirect' in hit) {
        const location = (rawPath.startsWith(subPath) ? subPath.slice(0, -1) : '') + hit.redirect;
        send(301, 'Moved Permanently\n', { Location: location });
        return;
      }
      const st = await stat(hit.file);
      res.writeHead(200, {
        'Content-Type': contentTypeFor(hit.file),
        'Content-Length': String(st.size),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') {
        res.end();
        done(200);
        return;
      }
      const stream = createReadStream(hit.file);
      stream.on('error', () => res.destroy());
      res.on('finish', () => done(200));
      stream.pipe(res);
    } catch (err) {
      if (!res.headersSent) send(500, 'Internal Server Error\n');
      else res.destroy();
      process.stderr.write(`serve-static: ${err instanceof Error ? err.stack : String(err)}\n`);
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  const url = `http://${hostForUrl}:${actualPort}/`;
  return {
    url,
    subPathUrl: url + subPath.slice(1),
    port: actualPort,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok(undefined));
      }),
  };
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ dir: string, port: number, host: string, base: string, verbose: boolean }} */
  const opts = { dir: 'dist', port: 4173, host: '127.0.0.1', base: DEFAULT_BASE, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`missing value for ${flag}`);
      return v;
    };
    switch (flag) {
      case '--dir':
        opts.dir = value();
        break;
      case '--port': {
        const v = value();
        opts.port = Number(v);
        if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
          throw new Error(`invalid --port ${v}`);
        break;
      }
      case '--host':
        opts.host = value();
        break;
      case '--base':
        opts.base = value();
        break;
      case '--verbose':
      case '-v':
        opts.verbose = true;
        break;
      case '--help':
      case '-h':
        process.stdout.write(
          'usage: node scripts/serve-static.mjs [--dir dist] [--port 4173] [--host 127.0.0.1] [--base /partner-sim/] [--verbose]\n',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${arg}`);
    }
  }
  return opts;
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`serve-static: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  }
  try {
    const { url, subPathUrl, close } = await startServer(opts);
    process.stdout.write(
      `serve-static: serving ${resolve(opts.dir)} at ${url} and ${subPathUrl}\n`,
    );
    const stop = () => {
      close().then(() => process.exit(0));
      setTimeout(() => process.exit(0), 1000).unref();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    const e = /** @type {NodeJS.ErrnoException} */ (err);
    process.stderr.write(
      `serve-static: cannot listen on ${opts.host}:${opts.port}: ${e.code ?? e.message}\n`,
    );
    process.exit(1);
  }
}
