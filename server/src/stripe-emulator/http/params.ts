import type { Params, ParamValue } from './form-codec.js';
import { invalidRequest, missingParam } from './stripe-error.js';

/** Typed readers for form parameters, which arrive as strings (or JSON values on v2). */
export function optStr(p: Params, key: string): string | undefined {
  const v = p[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw invalidRequest(`Invalid string: ${key}`, key);
}

export function reqStr(p: Params, key: string): string {
  const v = optStr(p, key);
  if (v === undefined || v === '') throw missingParam(key);
  return v;
}

export function optInt(p: Params, key: string): number | undefined {
  const v = optStr(p, key);
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw invalidRequest(`Invalid integer: ${v}`, key);
  return n;
}

export function optBool(p: Params, key: string): boolean | undefined {
  const v = optStr(p, key);
  if (v === undefined || v === '') return undefined;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw invalidRequest(`Invalid boolean: ${v}`, key);
}

export function optObj(p: Params, key: string): Params | undefined {
  const v = p[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'object' && !Array.isArray(v)) return v;
  throw invalidRequest(`Invalid object: ${key}`, key);
}

export function optArr(p: Params, key: string): ParamValue[] | undefined {
  const v = p[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (Array.isArray(v)) return v;
  if (typeof v === 'object') return Object.values(v);
  return [v];
}

export function objects(values: ParamValue[] | undefined, key: string): Params[] {
  return (values ?? []).map((v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) return v;
    throw invalidRequest(`Invalid array of objects: ${key}`, key);
  });
}

export function strings(values: ParamValue[] | undefined): string[] {
  return (values ?? []).filter((v): v is string => typeof v === 'string');
}

/** Stripe's metadata update semantics: merged, an empty value deletes a key, `metadata=` clears all. */
export function mergeMetadata(current: Record<string, string>, p: Params): Record<string, string> {
  if (p.metadata === '') return {};
  const incoming = optObj(p, 'metadata');
  if (!incoming) return current;
  const next = { ...current };
  for (const [k, v] of Object.entries(incoming)) {
    if (v === '' || v === null) delete next[k];
    else next[k] = String(v);
  }
  return next;
}
