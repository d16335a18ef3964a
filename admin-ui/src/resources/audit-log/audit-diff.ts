/** One changed (or recorded) field of an audit entry, with its value before and after as text. */
export type AuditFieldChange = { field: string; label: string; before: string; after: string; changed: boolean };

type Flat = Map<string, string>;

function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => text(item)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => key !== '__typename')
      .map(([key, inner]) => `${humanize(key)}: ${text(inner)}`)
      .join(', ');
  }
  return String(value);
}

/** Nested objects become dotted fields, so a change deep inside one shows as its own row. */
function flatten(value: unknown, prefix: string, into: Flat): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (key !== '__typename') flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
  } else if (prefix) {
    into.set(prefix, text(value));
  }
}

/** `suspendedReason` → `Suspended reason`, `overrides.burstCredits` → `Overrides › burst credits`. */
export function humanize(field: string): string {
  const words = field
    .split('.')
    .map((part) =>
      part
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replaceAll('_', ' ')
        .toLowerCase(),
    )
    .join(' › ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The fields of an audit entry's before and after states side by side, in first-seen order, with
 * the changed ones marked; a field only one side has shows a dash on the other.
 */
export function auditDiff(before: unknown, after: unknown): AuditFieldChange[] {
  const was: Flat = new Map();
  const now: Flat = new Map();
  flatten(before, '', was);
  flatten(after, '', now);
  const fields = [...new Set([...was.keys(), ...now.keys()])];
  return fields.map((field) => {
    const from = was.get(field) ?? '—';
    const to = now.get(field) ?? '—';
    return { field, label: humanize(field), before: from, after: to, changed: from !== to };
  });
}
