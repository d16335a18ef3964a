import { readFileSync } from 'node:fs';

const spec = JSON.parse(readFileSync(new URL('./api-errors.subset.json', import.meta.url), 'utf8')) as {
  properties: Record<string, string>;
  required: string[];
  typeEnum: string[];
};

/** Every field of an error envelope is one of Stripe's `api_errors` fields, with its type. */
export function errorEnvelopeProblems(body: { error: Record<string, unknown> }): string[] {
  const problems = Object.entries(body.error).flatMap(([key, value]) => {
    const type = spec.properties[key];
    if (!type) return [`unknown field ${key}`];
    return typeof value === type ? [] : [`${key} is ${typeof value}, spec says ${type}`];
  });
  for (const key of spec.required) if (!(key in body.error)) problems.push(`missing ${key}`);
  if (!spec.typeEnum.includes(String(body.error.type))) problems.push(`type ${String(body.error.type)} not in the spec`);
  return problems;
}
