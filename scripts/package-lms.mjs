#!/usr/bin/env node
// `npm run package`: the LMS packages in dist-lms/ (README "Use it from an LMS").
//
//   node scripts/package-lms.mjs [--no-build] [--pages-url https://<owner>.github.io/<repo>/]
//   (or PAGES_URL=https://…/ in the environment; without it cmi5.xml alone is not written)
//
// Builds the site with `vite build --mode lms` into dist-lms/site/ (no service worker in that
// mode), then writes:
//   partner-sim-scorm12.zip            one SCORM 1.2 package, one SCO item per walkthrough × graded mode
//   scorm12/<slug>.zip                 one package per walkthrough (some LMSs ignore multi-SCO manifests)
//   …-ru.zip, …-zh.zip, scorm12/ru|zh/ the same in Russian and Chinese (titles, and lang= in the items)
//   cmi5.xml                           cmi5 course structure whose AUs point at the published site (needs the URL)
//   partner-sim-cmi5.zip               cmi5.xml + the site, AU URLs relative
// and lints every one of them (lintScormManifest / lintCmi5; the vitest test
// test/lms/package.test.ts runs the same lint). Zips are stored, not deflated: the assets are
// already minified and an LMS unpacks them once.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where the cmi5 AUs of cmi5.xml point (the published site, e.g. GitHub Pages), so a site update
 * needs no re-upload: one value, given as `--pages-url` or the PAGES_URL environment variable.
 * An https URL of a folder (ending in /), without query, fragment or credentials: the AU URLs
 * are this plus `index.html?w=…&mode=…`, and an LMS appends its own launch parameters.
 */
export function checkPagesUrl(value) {
  if (value === undefined || value === '') return { ok: false, why: 'missing' };
  let url;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, why: `not a URL: ${value}` };
  }
  if (url.protocol !== 'https:') return { ok: false, why: `not https: ${value}` };
  if (url.username || url.password) return { ok: false, why: `has credentials: ${value}` };
  if (url.search || url.hash || value.includes('?') || value.includes('#'))
    return { ok: false, why: `has a query or fragment: ${value}` };
  if (!url.pathname.endsWith('/'))
    return { ok: false, why: `not a folder (end it with /): ${value}` };
  return { ok: true, url: url.href };
}
export const GRADED_MODES = ['practice', 'test'];
/** A test passes at 80 % (src/training/progress/scoring.ts PASS_MARK). */
export const MASTERY = 80;
const LANGS = { en: 'en-US', ru: 'ru-RU', zh: 'zh-CN' };
const COURSE_ID = 'https://w3id.org/partner-sim/course';
const AUDIENCE_TITLE = {
  customer: {
    en: 'For customers’ admins (Microsoft 365 admin center)',
    ru: 'Для администраторов клиентов (Центр администрирования Microsoft 365)',
    zh: '面向客户管理员 (Microsoft 365 管理中心)',
  },
  partner: {
    en: 'For partner staff (Partner Center)',
    ru: 'Для сотрудников партнёра (Центр партнеров)',
    zh: '面向合作伙伴员工 (合作伙伴中心)',
  },
};
const COURSE_TITLE = {
  en: 'Partner relationships simulator',
  ru: 'Симулятор партнёрских отношений',
  zh: '合作伙伴关系模拟器',
};
const MODE_TITLE = {
  practice: { en: 'practice', ru: 'практика', zh: '练习' },
  test: { en: 'test', ru: 'тест', zh: '测试' },
};

export const xml = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Slugs in the catalogue's order, with their audience and titles, read from the sources (no TS loader needed). */
export function readWalkthroughs(dir = root) {
  const index = readFileSync(join(dir, 'src/training/walkthroughs/index.ts'), 'utf8');
  const slugs = [...index.matchAll(/from '\.\/([a-z0-9-]+)'/g)].map((m) => m[1]);
  return slugs.map((slug) => {
    const source = readFileSync(join(dir, `src/training/walkthroughs/${slug}.ts`), 'utf8');
    const audience = /audience: '(partner|customer)'/.exec(source)?.[1];
    if (!audience) throw new Error(`${slug}: no audience`);
    const texts = Object.fromEntries(
      Object.keys(LANGS).map((lang) => [
        lang,
        JSON.parse(readFileSync(join(dir, `locales/${lang}/wt-${slug}.json`), 'utf8')),
      ]),
    );
    // Issue 16: a Today walkthrough's launches name its edition; 2020 ones stay as they were.
    const edition = /edition: 'today'/.test(source) ? 'today' : undefined;
    return { slug, audience, texts, ...(edition ? { edition } : {}) };
  });
}

export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

const editionQuery = (w) => (w.edition ? `&edition=${w.edition}` : '');
const launchQuery = (w, mode, lang) => `?w=${w.slug}&mode=${mode}&lang=${lang}${editionQuery(w)}`;
const itemId = (slug, mode) => `ITEM-${slug}-${mode}`;

/** imsmanifest.xml (SCORM 1.2, IMS CP 1.1.2 + ADL CP 1.2) for some walkthroughs × graded modes. */
export function scormManifest({ walkthroughs, files, lang = 'en', identifier = 'partner-sim' }) {
  const items = [];
  for (const w of walkthroughs) {
    for (const mode of GRADED_MODES) {
      const q = launchQuery(w, mode, lang);
      const title = `${w.texts[lang].title} (${MODE_TITLE[mode][lang]})`;
      items.push(
        `      <item identifier="${itemId(w.slug, mode)}" identifierref="RES-site" isvisible="true" parameters="${xml(q)}">\n` +
          `        <title>${xml(title)}</title>\n` +
          `        <adlcp:datafromlms>${xml(q)}</adlcp:datafromlms>\n` +
          (mode === 'test' ? `        <adlcp:masteryscore>${MASTERY}</adlcp:masteryscore>\n` : '') +
          `      </item>`,
      );
    }
  }
  const fileList = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-partner-sim">
    <organization identifier="ORG-partner-sim">
      <title>${xml(COURSE_TITLE[lang])}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-site" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

const langstrings = (pick, indent) =>
  Object.entries(LANGS)
    .map(([lang, tag]) => `${indent}<langstring lang="${tag}">${xml(pick(lang))}</langstring>`)
    .join('\n');

/** cmi5.xml: blocks per audience (portal), one AU per walkthrough × graded mode. `base` '' gives relative URLs. */
export function cmi5Course({ walkthroughs, base }) {
  const blocks = [];
  for (const audience of ['customer', 'partner']) {
    const aus = [];
    for (const w of walkthroughs.filter((x) => x.audience === audience)) {
      for (const mode of GRADED_MODES) {
        const moveOn = mode === 'test' ? 'Passed' : 'Completed';
        const mastery = mode === 'test' ? ` masteryScore="${MASTERY / 100}"` : '';
        aus.push(`    <au id="${COURSE_ID}/${w.slug}/${mode}" moveOn="${moveOn}"${mastery} launchMethod="AnyWindow">
      <title>
${langstrings((l) => `${w.texts[l].title} (${MODE_TITLE[mode][l]})`, '        ')}
      </title>
      <description>
${langstrings((l) => w.texts[l].summary ?? w.texts[l].title, '        ')}
      </description>
      <url>${xml(`${base}index.html?w=${w.slug}&mode=${mode}${editionQuery(w)}`)}</url>
    </au>`);
      }
    }
    if (aus.length) {
      blocks.push(`  <block id="${COURSE_ID}/${audience}">
    <title>
${langstrings((l) => AUDIENCE_TITLE[audience][l], '      ')}
    </title>
    <description>
${langstrings((l) => AUDIENCE_TITLE[audience][l], '      ')}
    </description>
${aus.join('\n')}
  </block>`);
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${COURSE_ID}">
    <title>
${langstrings((l) => COURSE_TITLE[l], '      ')}
    </title>
    <description>
${langstrings((l) => COURSE_TITLE[l], '      ')}
    </description>
  </course>
${blocks.join('\n')}
</courseStructure>
`;
}

// --- Lint: what a strict LMS import would refuse, checked on what we wrote ---

const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unxml = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Problems of a SCORM 1.2 package: `files` are the paths in the zip (or folder). [] when fine. */
export function lintScormManifest(manifest, files) {
  const problems = [];
  const present = new Set(files);
  if (!present.has('imsmanifest.xml')) problems.push('imsmanifest.xml is not at the root');
  if (/&(?!amp;|lt;|gt;|quot;|apos;)/.test(manifest))
    problems.push('an unescaped & in the manifest');
  const ids = [...manifest.matchAll(/\sidentifier="([^"]*)"/g)].map((m) => m[1]);
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dup.length) problems.push(`duplicate identifiers: ${[...new Set(dup)].join(', ')}`);
  const listed = [...manifest.matchAll(/<file\s[^>]*>/g)].map((m) =>
    unxml(attr(m[0], 'href') ?? ''),
  );
  for (const href of listed) {
    if (!href || href.startsWith('/') || /^[a-z]+:/i.test(href) || href.split('/').includes('..'))
      problems.push(`href not relative: ${href}`);
    else if (!present.has(href)) problems.push(`listed but missing: ${href}`);
  }
  const listedSet = new Set(listed);
  for (const f of files)
    if (f !== 'imsmanifest.xml' && !listedSet.has(f))
      problems.push(`in the package but not listed: ${f}`);
  for (const f of files)
    if (/(^|\/)(sw|service-worker)\.js$|registerSW|workbox-/.test(f))
      problems.push(`a service worker file: ${f}`);
  const resourceHref = /<resource\s[^>]*href="([^"]*)"/.exec(manifest)?.[1];
  if (!resourceHref || !present.has(resourceHref))
    problems.push(`the SCO's launch file is missing: ${resourceHref}`);
  const items = [...manifest.matchAll(/<item\s[^>]*>[\s\S]*?<\/item>/g)].map((m) => m[0]);
  if (items.length === 0) problems.push('no item');
  for (const item of items) {
    const id = attr(item, 'identifier');
    const params = unxml(attr(item, 'parameters') ?? '');
    if (!params.startsWith('?')) problems.push(`${id}: parameters must start with ?`);
    const data = unxml(/<adlcp:datafromlms>([^<]*)</.exec(item)?.[1] ?? '');
    if (data !== params) problems.push(`${id}: adlcp:datafromlms differs from parameters`);
    const mode = new URLSearchParams(params).get('mode');
    const mastery = /<adlcp:masteryscore>([^<]*)</.exec(item)?.[1];
    if (mode === 'test' && mastery !== String(MASTERY))
      problems.push(`${id}: test item without masteryscore ${MASTERY}`);
    if (mode !== 'test' && mastery !== undefined)
      problems.push(`${id}: masteryscore on a ${mode} item`);
  }
  return problems;
}

/** The service worker must not be in an LMS build: the LMS serves the files, a SW would outlive the course. */
export function lintNoServiceWorker(files, readText) {
  const problems = [];
  for (const f of files) {
    if (/(^|\/)(sw|service-worker)\.js$|registerSW|workbox-|manifest\.webmanifest$/.test(f))
      problems.push(`a PWA file: ${f}`);
    else if (/\.(js|html)$/.test(f) && /serviceWorker\.register|registerSW/.test(readText(f)))
      problems.push(`registers a service worker: ${f}`);
  }
  return problems;
}

/** Structural checks of cmi5.xml beyond its XSD: explicit moveOn, masteryScore on Passed, unique ids, the three languages. */
export function lintCmi5(text, { relative: rel, files } = {}) {
  const problems = [];
  const aus = [...text.matchAll(/<au\s[^>]*>[\s\S]*?<\/au>/g)].map((m) => m[0]);
  if (aus.length === 0) problems.push('no AU');
  const ids = [...text.matchAll(/<(?:au|block|course)\s[^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dup.length) problems.push(`duplicate ids: ${[...new Set(dup)].join(', ')}`);
  for (const au of aus) {
    const id = attr(au, 'id');
    const moveOn = attr(au, 'moveOn');
    if (!moveOn || moveOn === 'NotApplicable') problems.push(`${id}: moveOn must be explicit`);
    const url = unxml(/<url>([^<]*)<\/url>/.exec(au)?.[1] ?? '');
    const mode = new URLSearchParams(url.split('?')[1] ?? '').get('mode');
    if (
      mode === 'test' &&
      (moveOn !== 'Passed' || attr(au, 'masteryScore') !== String(MASTERY / 100))
    )
      problems.push(`${id}: a test AU is moveOn=Passed with masteryScore ${MASTERY / 100}`);
    if (mode === 'practice' && moveOn !== 'Completed')
      problems.push(`${id}: a practice AU is moveOn=Completed`);
    for (const tag of Object.values(LANGS))
      if ((au.match(new RegExp(`lang="${tag}"`, 'g')) ?? []).length < 2)
        problems.push(`${id}: title and description need ${tag}`);
    if (rel) {
      if (/^[a-z]+:|^\//i.test(url)) problems.push(`${id}: url not relative: ${url}`);
      else if (files && !files.includes(url.split('?')[0]))
        problems.push(`${id}: url file missing: ${url}`);
    } else if (!/^https:\/\//.test(url)) problems.push(`${id}: url not absolute https: ${url}`);
  }
  return problems;
}

/** Validates cmi5.xml against the cmi5 CourseStructure.xsd (shipped as test data; Apache-2.0). */
export async function validateCmi5Xsd(
  text,
  xsdPath = join(root, 'test/lms/data/CourseStructure.xsd'),
) {
  const { validateXML } = await import('xmllint-wasm');
  const result = await validateXML({
    xml: [{ fileName: 'cmi5.xml', contents: text }],
    schema: [readFileSync(xsdPath, 'utf8')],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage ?? e.message);
}

// --- Writing ---

function zipOf(entries) {
  // level 0: stored. mtime fixed so the same build gives the same bytes.
  const data = {};
  for (const [name, bytes] of Object.entries(entries))
    data[name] = [bytes, { level: 0, mtime: new Date('2020-01-01T00:00:00Z') }];
  return zipSync(data);
}

function siteEntries(siteDir, files) {
  return Object.fromEntries(files.map((f) => [f, new Uint8Array(readFileSync(join(siteDir, f)))]));
}

/** `pagesUrl` undefined: cmi5.xml (the remote course structure) is not written; everything else is. */
export async function packageLms({ build = true, out = join(root, 'dist-lms'), pagesUrl } = {}) {
  const siteDir = join(out, 'site');
  if (build) {
    rmSync(out, { recursive: true, force: true });
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--mode',
        'lms',
        '--outDir',
        siteDir,
        '--emptyOutDir',
      ],
      { cwd: root, stdio: 'inherit' },
    );
    if (r.status !== 0) throw new Error('vite build --mode lms failed');
  }
  const files = listFiles(siteDir);
  const problems = lintNoServiceWorker(files, (f) => readFileSync(join(siteDir, f), 'utf8'));
  const walkthroughs = readWalkthroughs();
  const site = siteEntries(siteDir, files);
  const enc = new TextEncoder();
  const written = [];
  const writeZip = (name, manifest) => {
    problems.push(
      ...lintScormManifest(manifest, ['imsmanifest.xml', ...files]).map((p) => `${name}: ${p}`),
    );
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), zipOf({ 'imsmanifest.xml': enc.encode(manifest), ...site }));
    written.push(name);
  };
  // One set per language: a SCORM 1.2 title has no language variants, and the item's `lang`
  // parameter is what the course opens in. English keeps the unsuffixed names.
  for (const lang of Object.keys(LANGS)) {
    const suffix = lang === 'en' ? '' : `-${lang}`;
    writeZip(
      `partner-sim-scorm12${suffix}.zip`,
      scormManifest({ walkthroughs, files, lang, identifier: `partner-sim${suffix}` }),
    );
    for (const w of walkthroughs)
      writeZip(
        `scorm12${lang === 'en' ? '' : `/${lang}`}/${w.slug}.zip`,
        scormManifest({
          walkthroughs: [w],
          files,
          lang,
          identifier: `partner-sim-${w.slug}${suffix}`,
        }),
      );
  }
  if (pagesUrl !== undefined) {
    const remote = cmi5Course({ walkthroughs, base: pagesUrl });
    problems.push(
      ...lintCmi5(remote).map((p) => `cmi5.xml: ${p}`),
      ...(await validateCmi5Xsd(remote)).map((p) => `cmi5.xml (xsd): ${p}`),
    );
    writeFileSync(join(out, 'cmi5.xml'), remote);
    written.push('cmi5.xml');
  } else rmSync(join(out, 'cmi5.xml'), { force: true });
  const local = cmi5Course({ walkthroughs, base: '' });
  problems.push(
    ...lintCmi5(local, { relative: true, files }).map((p) => `partner-sim-cmi5.zip: ${p}`),
    ...(await validateCmi5Xsd(local)).map((p) => `partner-sim-cmi5.zip (xsd): ${p}`),
  );
  writeFileSync(
    join(out, 'partner-sim-cmi5.zip'),
    zipOf({ 'cmi5.xml': enc.encode(local), ...site }),
  );
  written.push('partner-sim-cmi5.zip');
  return { written, problems, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--pages-url');
  const given = i >= 0 ? (args[i + 1] ?? '') : process.env.PAGES_URL;
  const pages = checkPagesUrl(given);
  // A wrong URL stops before building: a cmi5.xml pointing nowhere would import cleanly and fail every launch.
  if (!pages.ok && (pages.why !== 'missing' || i >= 0)) {
    console.error(
      `package: ${i >= 0 ? '--pages-url' : 'PAGES_URL'} ${pages.why}\n` +
        '  expected the https URL of the published site folder, e.g. https://<owner>.github.io/<repo>/',
    );
    process.exit(2);
  }
  const { written, problems } = await packageLms({
    build: !args.includes('--no-build'),
    pagesUrl: pages.ok ? pages.url : undefined,
  });
  for (const p of problems) console.error(`package lint: ${p}`);
  console.log(
    `dist-lms/: ${written.length} files written; package lint: ${problems.length === 0 ? 'clean' : `${problems.length} problems`}`,
  );
  if (!pages.ok)
    console.log(
      'package: cmi5.xml NOT written: it needs the published site URL, --pages-url https://<owner>.github.io/<repo>/ or PAGES_URL=… (partner-sim-cmi5.zip and the SCORM zips do not)',
    );
  process.exit(problems.length ? 1 : 0);
}
