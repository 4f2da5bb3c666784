// A small structural validator for everything that comes from outside (import files,
// persisted snapshots, URL parameters). Errors carry a path and an i18n key, never English.

export interface SchemaIssue {
  /** JSON path, e.g. `world.users[3].email`. */
  path: string;
  /** i18n key in the `errors` namespace. */
  key:
    | 'type'
    | 'required'
    | 'tooLong'
    | 'tooShort'
    | 'tooMany'
    | 'pattern'
    | 'enum'
    | 'range'
    | 'integer'
    | 'unknownKey';
  params?: Record<string, string | number>;
}

export type Schema<T> = (value: unknown, path: string, issues: SchemaIssue[]) => value is T;
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Stop collecting after this many issues: a hostile file should not cost much to refuse. */
const MAX_ISSUES = 50;
function report(issues: SchemaIssue[], issue: SchemaIssue): false {
  if (issues.length < MAX_ISSUES) issues.push(issue);
  return false;
}

export function str(opts: { min?: number; max: number; pattern?: RegExp }): Schema<string> {
  return (v, path, issues): v is string => {
    if (typeof v !== 'string')
      return report(issues, { path, key: 'type', params: { expected: 'string' } });
    if (opts.min !== undefined && v.length < opts.min)
      return report(issues, { path, key: 'tooShort', params: { min: opts.min } });
    if (v.length > opts.max)
      return report(issues, { path, key: 'tooLong', params: { max: opts.max } });
    if (opts.pattern && !opts.pattern.test(v)) return report(issues, { path, key: 'pattern' });
    return true;
  };
}

export function num(opts: { min: number; max: number; int?: boolean }): Schema<number> {
  return (v, path, issues): v is number => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      return report(issues, { path, key: 'type', params: { expected: 'number' } });
    if (opts.int && !Number.isInteger(v)) return report(issues, { path, key: 'integer' });
    if (v < opts.min || v > opts.max)
      return report(issues, { path, key: 'range', params: { min: opts.min, max: opts.max } });
    return true;
  };
}

export function bool(): Schema<boolean> {
  return (v, path, issues): v is boolean =>
    typeof v === 'boolean' ||
    report(issues, { path, key: 'type', params: { expected: 'boolean' } });
}

export function literal<const L extends string | number>(value: L): Schema<L> {
  return (v, path, issues): v is L =>
    v === value || report(issues, { path, key: 'enum', params: { allowed: String(value) } });
}

export function oneOf<const L extends string | number>(values: readonly L[]): Schema<L> {
  return (v, path, issues): v is L =>
    (values as readonly unknown[]).includes(v) ||
    report(issues, { path, key: 'enum', params: { allowed: values.join(', ') } });
}

export function arr<T>(item: Schema<T>, opts: { max: number; min?: number }): Schema<T[]> {
  return (v, path, issues): v is T[] => {
    if (!Array.isArray(v))
      return report(issues, { path, key: 'type', params: { expected: 'array' } });
    if (v.length > opts.max)
      return report(issues, { path, key: 'tooMany', params: { max: opts.max } });
    if (opts.min !== undefined && v.length < opts.min)
      return report(issues, { path, key: 'tooShort', params: { min: opts.min } });
    let ok = true;
    for (let i = 0; i < v.length; i++) {
      if (!item(v[i], `${path}[${i}]`, issues)) ok = false;
      if (issues.length >= MAX_ISSUES) return false;
    }
    return ok;
  };
}

export function record<T>(
  value: Schema<T>,
  opts: { maxKeys: number; keyPattern: RegExp },
): Schema<Record<string, T>> {
  return (v, path, issues): v is Record<string, T> => {
    if (!isPlainObject(v))
      return report(issues, { path, key: 'type', params: { expected: 'object' } });
    const keys = Object.keys(v);
    if (keys.length > opts.maxKeys)
      return report(issues, { path, key: 'tooMany', params: { max: opts.maxKeys } });
    let ok = true;
    for (const k of keys) {
      if (!opts.keyPattern.test(k) || PROTOTYPE_NAMES.has(k))
        ok = report(issues, { path: `${path}.${k}`, key: 'pattern' });
      else if (!value(v[k], `${path}.${k}`, issues)) ok = false;
    }
    return ok;
  };
}

type Shape = Record<string, Schema<unknown>>;
type ObjOf<R extends Shape, O extends Shape> = { [K in keyof R]: Infer<R[K]> } & {
  [K in keyof O]?: Infer<O[K]>;
};

/** An object with exactly these keys: unknown keys are refused, so nothing unvalidated is stored. */
export function obj<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
): Schema<ObjOf<R, O>> {
  return (v, path, issues): v is ObjOf<R, O> => {
    if (!isPlainObject(v))
      return report(issues, { path, key: 'type', params: { expected: 'object' } });
    let ok = true;
    // Own keys only: `k in v` would find `toString` or `constructor` on the prototype, so a
    // prototype name would pass as a known key and an absent field as present.
    for (const [k, s] of Object.entries(required)) {
      if (!Object.hasOwn(v, k)) ok = report(issues, { path: `${path}.${k}`, key: 'required' });
      else if (!s(v[k], `${path}.${k}`, issues)) ok = false;
    }
    for (const [k, s] of Object.entries(optional ?? {})) {
      if (Object.hasOwn(v, k) && v[k] !== undefined && !s(v[k], `${path}.${k}`, issues)) ok = false;
    }
    for (const k of Object.keys(v)) {
      if (!Object.hasOwn(required, k) && !(optional && Object.hasOwn(optional, k)))
        ok = report(issues, { path: `${path}.${k}`, key: 'unknownKey' });
    }
    return ok;
  };
}

/** A tagged union: picks the variant by the value of `tag`. */
export function union<T>(tag: string, variants: Record<string, Schema<T>>): Schema<T> {
  return (v, path, issues): v is T => {
    if (!isPlainObject(v))
      return report(issues, { path, key: 'type', params: { expected: 'object' } });
    const t = v[tag];
    const variant = typeof t === 'string' && Object.hasOwn(variants, t) ? variants[t] : undefined;
    if (!variant)
      return report(issues, {
        path: `${path}.${tag}`,
        key: 'enum',
        params: { allowed: Object.keys(variants).join(', ') },
      });
    return variant(v, path, issues);
  };
}

/**
 * Names an object inherits (or that reach its prototype): refused as keys of free-form records
 * (mail parameters, an enrollment's profile) even when they fit the key pattern, so stored data
 * can never shadow or reach `Object.prototype` once it is spread or merged.
 */
export const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
