/**
 * Canonical JSON: object keys sorted, null and undefined members dropped, so two specs that
 * mean the same model serialise to the same bytes (and the same reproducibility key).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value));
}

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member: unknown = (value as Record<string, unknown>)[key];
      if (member !== null && member !== undefined) out[key] = normalize(member);
    }
    return out;
  }
  return value;
}
