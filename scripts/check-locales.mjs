#!/usr/bin/env node
// Checks that every translation has the same keys as English (the source of truth).
//
//   node scripts/check-locales.mjs [--dir locales] [--json <file>]
//
// Layout: <dir>/{en,ru,zh}/<namespace>.json, nested JSON objects whose leaves are strings
// (arrays are compared element by element). One check per (namespace, language) pair; a pair
// fails when its file is missing, unreadable, not valid JSON (or has duplicate keys), lacks a
// key en has, has a key en lacks, misses a plural form its language needs, or drops an
// interpolation variable ({{name}}) that the en string uses.
//
// Plurals follow i18next: `key_one` / `key_other` etc. are one plural key `key`. The forms a
// language needs come from Intl.PluralRules: en one+other, ru one+few+many+other, zh other.
// `_zero` is optional but, if en has it, the translations must have it too. Ordinal plurals
// (`key_ordinal_one` ...) use the ordinal rules. Prints one line per problem, then
// `locales: N passed, M failed` as the last line. Exit 1 when anything failed.

import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const SOURCE = 'en';
const LANGUAGES = ['en', 'ru', 'zh'];
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_RE = new RegExp(`^(.*?)(_ordinal)?_(${PLURAL_FORMS.join('|')})$`);

function parseArgs(argv) {
  const opts = { dir: 'locales', json: /** @type {string | null} */ (null) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dir') opts.dir = argv[++i];
    else if (arg.startsWith('--dir=')) opts.dir = arg.slice(6);
    else if (arg === '--json') opts.json = argv[++i];
    else if (arg.startsWith('--json=')) opts.json = arg.slice(7);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'usage: node scripts/check-locales.mjs [--dir locales] [--json <file>]\n',
      );
      process.exit(0);
    } else {
      process.stderr.write(`check-locales: unknown argument ${arg}\n`);
      process.exit(2);
    }
    if (opts.dir === undefined || opts.json === undefined) {
      process.stderr.write(`check-locales: missing value for ${arg}\n`);
      process.exit(2);
    }
  }
  return opts;
}

/** Required plural categories of a language, per Intl.PluralRules. */
function categories(lang, ordinal) {
  return new Set(
    new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions()
      .pluralCategories,
  );
}

/**
 * Finds duplicate keys in (already valid) JSON text, which JSON.parse silently collapses.
 * @param {string} text
 * @returns {string[]}
 */
function duplicateKeys(text) {
  /** @type {{ keys: Set<string> | null, expectKey: boolean, path: string[] }[]} */
  const stack = [];
  const dups = [];
  /** @type {string | null} */
  let lastKey = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top && top.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1));
        if (top.keys.has(key)) dups.push([...top.path, key].join('.'));
        top.keys.add(key);
        top.expectKey = false;
        lastKey = key;
      }
      i = j;
    } else if (ch === '{' || ch === '[') {
      const parent = stack[stack.length - 1];
      const path = parent ? [...parent.path, parent.keys ? String(lastKey) : '[]'] : [];
      stack.push({ keys: ch === '{' ? new Set() : null, expectKey: ch === '{', path });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top && top.keys) top.expectKey = true;
    }
  }
  return dups;
}

/**
 * Flattens nested JSON to dotted keys -> leaf. Non-string leaves are reported.
 * @returns {{ leaves: Map<string, string>, bad: string[] }}
 */
function flatten(value) {
  const leaves = new Map();
  const bad = [];
  const walk = (v, path) => {
    if (typeof v === 'string') leaves.set(path.join('.'), v);
    else if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) walk(child, [...path, k]);
    } else
      bad.push(
        `${path.join('.') || '(root)'}: value must be a string, found ${v === null ? 'null' : typeof v}`,
      );
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    bad.push('(root): top level must be a JSON object');
  else walk(value, []);
  return { leaves, bad };
}

/**
 * Groups flat keys: plain keys as-is, plural keys under their base.
 * @param {Map<string, string>} leaves
 * @returns {Map<string, { plural: boolean, ordinal: boolean, forms: Map<string, string> }>}
 */
function group(leaves) {
  const groups = new Map();
  for (const [key, text] of leaves) {
    const m = PLURAL_RE.exec(key);
    if (m && m[1] !== '' && !m[1].endsWith('.')) {
      const ordinal = Boolean(m[2]);
      const id = `${m[1]}${ordinal ? '_ordinal' : ''} (plural)`;
      let g = groups.get(id);
      if (!g)
        groups.set(
          id,
          (g = {
            base: m[1] + (ordinal ? '_ordinal' : ''),
            plural: true,
            ordinal,
            forms: new Map(),
          }),
        );
      g.forms.set(m[3], text);
    } else {
      groups.set(key, { base: key, plural: false, ordinal: false, forms: new Map([['', text]]) });
    }
  }
  return groups;
}

/** Interpolation variable names in a string: {{name}}, {{name, format}}, {{- name}}. */
function variables(text) {
  const vars = new Set();
  for (const m of text.matchAll(/\{\{\s*-?\s*([^{}\s,]+)\s*(?:,[^{}]*)?\}\}/g)) vars.add(m[1]);
  return vars;
}

function union(sets) {
  const out = new Set();
  for (const s of sets) for (const v of s) out.add(v);
  return out;
}

function listNamespaces(dir, lang) {
  try {
    return readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length));
  } catch {
    return null;
  }
}

/** Reads and parses one file; returns { data } or { error }. */
function load(dir, lang, ns) {
  const file = join(dir, lang, `${ns}.json`);
  let text;
  try {
    if (!statSync(file).isFile()) return { error: 'not a file' };
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { error: `unreadable: ${err.code ?? err.message}` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { error: `invalid JSON: ${err.message}` };
  }
  const dups = duplicateKeys(text);
  return { data, dups };
}

export function checkLocales(dir) {
  const problems = [];
  let passed = 0;
  let failed = 0;
  const problem = (ns, lang, message, key) => {
    const where = ns === null ? `${lang}/` : `${lang}/${ns}.json`;
    problems.push({
      namespace: ns,
      language: lang,
      key: key ?? null,
      message,
      line: `${where}: ${key ? `"${key}" ` : ''}${message}`,
    });
  };

  const present = new Map(LANGUAGES.map((lang) => [lang, listNamespaces(dir, lang)]));
  for (const [lang, list] of present) {
    if (list === null)
      problem(null, lang, `language folder ${join(dir, lang)} is missing or unreadable`);
  }
  const namespaces = [...new Set([...present.values()].flatMap((l) => l ?? []))].sort();
  if (namespaces.length === 0) {
    problem(null, SOURCE, `no namespace files (*.json) found under ${join(dir, SOURCE)}`);
    return { passed: 0, failed: 1, problems };
  }

  for (const ns of namespaces) {
    const loaded = new Map();
    for (const lang of LANGUAGES) {
      if ((present.get(lang) ?? []).includes(ns)) loaded.set(lang, load(dir, lang, ns));
      else loaded.set(lang, null);
    }
    const en = loaded.get(SOURCE);
    const enFlat = en && en.data !== undefined ? flatten(en.data) : null;
    const enGroups = enFlat ? group(enFlat.leaves) : null;

    for (const lang of LANGUAGES) {
      const before = problems.length;
      const file = loaded.get(lang);
      if (file === null) {
        const has = LANGUAGES.filter((l) => loaded.get(l) !== null).join(', ');
        problem(ns, lang, `file is missing (namespace exists in ${has})`);
      } else if (file.error) {
        problem(ns, lang, file.error);
      } else {
        for (const d of file.dups)
          problem(ns, lang, 'duplicate key (JSON.parse keeps only the last one)', d);
        const flat = lang === SOURCE ? enFlat : flatten(file.data);
        for (const b of flat.bad) problem(ns, lang, b);
        const groups = lang === SOURCE ? enGroups : group(flat.leaves);

        if (lang === SOURCE) {
          // en itself must have every plural form English needs.
          for (const g of groups.values()) {
            if (!g.plural) continue;
            for (const form of categories(lang, g.ordinal)) {
              if (!g.forms.has(form)) problem(ns, lang, `plural key lacks form _${form}`, g.base);
            }
          }
        } else if (!enGroups) {
          problem(
            ns,
            lang,
            `cannot compare: ${SOURCE}/${ns}.json is ${en === null ? 'missing' : 'invalid'}`,
          );
        } else {
          for (const [id, eg] of enGroups) {
            const g = groups.get(id);
            if (!g) {
              problem(
                ns,
                lang,
                eg.plural
                  ? 'missing plural key (en has ' +
                      [...eg.forms.keys()].map((f) => '_' + f).join(', ') +
                      ')'
                  : 'missing key',
                eg.base,
              );
              continue;
            }
            if (!eg.plural) {
              const want = variables(eg.forms.get(''));
              const got = variables(g.forms.get(''));
              for (const v of want)
                if (!got.has(v))
                  problem(ns, lang, `lacks interpolation {{${v}}} used in en`, eg.base);
              for (const v of got)
                if (!want.has(v))
                  problem(ns, lang, `uses interpolation {{${v}}} that en does not`, eg.base);
              continue;
            }
            const need = categories(lang, eg.ordinal);
            if (eg.forms.has('zero')) need.add('zero');
            for (const form of need)
              if (!g.forms.has(form)) problem(ns, lang, `plural key lacks form _${form}`, eg.base);
            for (const form of g.forms.keys()) {
              if (!need.has(form))
                problem(ns, lang, `plural form _${form} is not used in ${lang}`, eg.base);
            }
            // Any non-zero form can be shown for many numbers (ru _one is also 21, 31...),
            // so it needs every variable of en's non-zero forms; _zero is compared with en _zero.
            const enNonZero = union(
              [...eg.forms].filter(([f]) => f !== 'zero').map(([, t]) => variables(t)),
            );
            const enAll = union([...eg.forms.values()].map(variables));
            for (const [form, text] of g.forms) {
              if (!need.has(form)) continue; // already reported as an unused form
              const got = variables(text);
              const want = form === 'zero' ? variables(eg.forms.get('zero') ?? '') : enNonZero;
              for (const v of want)
                if (!got.has(v))
                  problem(
                    ns,
                    lang,
                    `lacks interpolation {{${v}}} used in en`,
                    `${eg.base}_${form}`,
                  );
              for (const v of got)
                if (!enAll.has(v) && v !== 'count')
                  problem(
                    ns,
                    lang,
                    `uses interpolation {{${v}}} that en does not`,
                    `${eg.base}_${form}`,
                  );
            }
          }
          for (const [id, g] of groups) {
            if (!enGroups.has(id))
              problem(
                ns,
                lang,
                g.plural ? 'plural key not in en' : 'key not in en',
                g.plural ? `${g.base}_${[...g.forms.keys()].join('/_')}` : g.base,
              );
          }
        }
      }
      if (problems.length > before) failed++;
      else passed++;
    }
  }
  return { passed, failed, problems };
}

const opts = parseArgs(process.argv.slice(2));
const result = checkLocales(resolve(opts.dir));
for (const p of result.problems) process.stdout.write(`FAIL ${p.line}\n`);
if (opts.json) {
  mkdirSync(dirname(resolve(opts.json)), { recursive: true });
  writeFileSync(opts.json, JSON.stringify(result, null, 2) + '\n');
}
process.stdout.write(`locales: ${result.passed} passed, ${result.failed} failed\n`);
process.exit(result.failed > 0 ? 1 : 0);
