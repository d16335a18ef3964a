/**
 * Recursive shape check of an emulator object against Stripe's fixture for the same resource:
 * every fixture field must exist with the same JS type (and extra fields are reported). `null`
 * on either side matches anything, because fixtures fill nullable fields with examples and
 * nullability itself is enforced at compile time by the SDK types the builders are written in.
 */
export function shapeDifferences(fixture: unknown, actual: unknown, path = '$', allowed: ReadonlySet<string> = new Set()): string[] {
  if (fixture === null || actual === null || allowed.has(path)) return [];
  const ft = kind(fixture);
  const at = kind(actual);
  if (ft !== at) return [`${path}: fixture has ${ft}, emulator has ${at}`];
  if (Array.isArray(fixture) && Array.isArray(actual)) {
    return fixture.length > 0 && actual.length > 0 ? shapeDifferences(fixture[0], actual[0], `${path}[]`, allowed) : [];
  }
  if (!isRecord(fixture) || !isRecord(actual)) return [];
  const out: string[] = [];
  for (const key of Object.keys(fixture)) {
    const child = `${path}.${key}`;
    if (allowed.has(child)) continue;
    if (!(key in actual)) out.push(`${child}: missing`);
    // Metadata is a free-form map: only its type matters, not the fixture's example keys.
    else if (key === 'metadata')
      out.push(...(kind(fixture[key]) === kind(actual[key]) || actual[key] === null ? [] : [`${child}: not a map`]));
    else out.push(...shapeDifferences(fixture[key], actual[key], child, allowed));
  }
  for (const key of Object.keys(actual)) {
    const child = `${path}.${key}`;
    if (!(key in fixture) && !allowed.has(child)) out.push(`${child}: not in the fixture`);
  }
  return out;
}

function kind(value: unknown): string {
  return Array.isArray(value) ? 'array' : typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
