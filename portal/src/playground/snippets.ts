import type { CallBody } from './api';

/** The call last made, with the operation it ran, so each copy shows exactly that request. */
export type MadeCall = { operation: 'runSimulation' | 'startSimulation' | 'importWorkbook' | 'runWorkbook'; body: CallBody };

const quoteShell = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * curl with the key read from CARLO_API_KEY, so a pasted command never carries the secret into
 * shell history or a chat.
 */
export function asCurl(call: MadeCall, origin: string): string {
  return [
    `curl -s ${origin}/graphql`,
    `  -H 'content-type: application/json'`,
    `  -H "authorization: Bearer $CARLO_API_KEY"`,
    `  -d ${quoteShell(JSON.stringify(call.body))}`,
  ].join(' \\\n');
}

export function asGraphql(call: MadeCall): string {
  return `${call.body.query}\n\n# Variables\n${JSON.stringify(call.body.variables, null, 2)}`;
}

/** The same call through @carlo/client: its method where it has one, carlo.graphql otherwise. */
export function asSdk(call: MadeCall, origin: string): string {
  const head = [
    `import { Carlo, type SimulationInput } from '@carlo/client';`,
    '',
    `const carlo = new Carlo({ apiKey: process.env.CARLO_API_KEY, baseUrl: '${origin}' });`,
  ];
  const model = JSON.stringify(call.body.variables.input, null, 2);
  if (call.operation === 'runSimulation')
    return [
      ...head,
      `const model: SimulationInput = ${model};`,
      'const result = await carlo.simulations.run(model);',
      'console.log(result.outputs, result.lastResponse.cost?.charged);',
    ].join('\n');
  if (call.operation === 'startSimulation')
    return [
      ...head,
      `const model: SimulationInput = ${model};`,
      'const job = await carlo.simulations.start(model);',
      "job.on('progress', (run) => console.log(run.status, run.progress));",
      'const run = await job.wait();',
      'console.log(run.result?.outputs);',
    ].join('\n');
  return [
    ...head.map((line) => line.replace(', type SimulationInput', '')),
    `const query = ${JSON.stringify(call.body.query)};`,
    `const variables = ${JSON.stringify(call.body.variables, null, 2)};`,
    'console.log(await carlo.graphql(query, variables));',
  ].join('\n');
}
