/** Decoded request parameters: Rack-style nesting of form values, or a JSON body for v2. */
export type ParamValue = string | number | boolean | null | Params | ParamValue[];
export type Params = { [key: string]: ParamValue };

type Node = { [key: string]: Node | string };

/**
 * Decodes Stripe's bracket notation (`items[0][price]=p`, `metadata[k]=v`, `expand[]=x`) into
 * nested objects and arrays, as stripe-mock and Stripe do.
 */
export function decodeForm(body: string): Params {
  const root: Node = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const path = keyPath(rawKey);
    let node = root;
    for (let i = 0; i < path.length - 1; i += 1) {
      const segment = path[i] === '' ? String(countKeys(node)) : path[i];
      const next = node[segment];
      if (typeof next === 'object') node = next;
      else node = node[segment] = {};
    }
    const last = path[path.length - 1];
    node[last === '' ? String(countKeys(node)) : last] = value;
  }
  return normalise(root) as Params;
}

function keyPath(key: string): string[] {
  const open = key.indexOf('[');
  if (open < 0) return [key];
  const head = key.slice(0, open);
  const rest = [...key.slice(open).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
  return [head, ...rest];
}

function countKeys(node: Node): number {
  return Object.keys(node).length;
}

/** Objects whose keys are all indexes become arrays (in index order). */
function normalise(node: Node | string): ParamValue {
  if (typeof node === 'string') return node;
  const keys = Object.keys(node);
  const values = keys.map((k) => normalise(node[k]));
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map((k, i) => [Number(k), values[i]] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, v]) => v);
  }
  return Object.fromEntries(keys.map((k, i) => [k, values[i]]));
}
