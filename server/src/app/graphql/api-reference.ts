import {
  getDirectiveValues,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  type GraphQLInputField,
  type GraphQLObjectType,
} from 'graphql';
import { astFromValue, print } from 'graphql';
import { fileURLToPath } from 'node:url';
import { parseRule, rootFieldRules } from '../../api/index.js';
import { costBySizeDirective, costDirective, listSizeDirective, rateLimitDirective } from '../../metering/index.js';
import { ErrorCode, httpStatus } from '../../platform/graphql/index.js';

export const apiReferenceFile = fileURLToPath(new URL('../../../../docs/api.md', import.meta.url));

/** What an integrator does about each code, and the @carlo/client class it becomes. */
const errorGuide: Record<ErrorCode, { sdkClass: string; meaning: string }> = {
  UNAUTHENTICATED: {
    sdkClass: 'AuthenticationError',
    meaning: 'The key is missing, unknown, revoked or expired, or the account cannot use it now (`reason`).',
  },
  FORBIDDEN: {
    sdkClass: 'PermissionError',
    meaning: 'The key lacks the scope (`requiredScope`), the field is for the console, or the account is suspended.',
  },
  NOT_FOUND: { sdkClass: 'NotFoundError', meaning: 'No such id for this account; other accounts\u2019 ids are never visible.' },
  BAD_USER_INPUT: {
    sdkClass: 'ValidationError',
    meaning: 'An argument is invalid; `field` names it (for example `input.outputs[0].formula`).',
  },
  RATE_LIMITED: {
    sdkClass: 'RateLimitedError',
    meaning: 'Too many credits per second or too many calls of a guarded field; wait `Retry-After` seconds.',
  },
  QUOTA_EXCEEDED: {
    sdkClass: 'QuotaExceededError',
    meaning: 'The period\u2019s credits are spent and the plan has no overage (`requestedCredits`, `availableCredits`).',
  },
  PAYMENT_REQUIRED: {
    sdkClass: 'PaymentRequiredError',
    meaning: 'A payment is due (first payment, past due invoice) before this call can run.',
  },
  SPEND_CAP_REACHED: {
    sdkClass: 'SpendCapReachedError',
    meaning:
      'The key\u2019s hard spend cap for this UTC day or month would be passed; nothing ran (`capCredits`, `usedCredits`, `requestedCredits`, `resetsAt`).',
  },
  CONFLICT: {
    sdkClass: 'ConflictError',
    meaning: 'An Idempotency-Key reused with another body, or still running (`reason`), or a state that forbids the change.',
  },
  COST_LIMIT_EXCEEDED: {
    sdkClass: 'CostLimitExceededError',
    meaning: 'The operation costs more than the per-request maximum (`requestedCredits`, `maximumCredits`).',
  },
  UNAVAILABLE: {
    sdkClass: 'UnavailableError',
    meaning: 'Carlo could not take or record the call now; retry (with the same Idempotency-Key for mutations).',
  },
  INTERNAL: { sdkClass: 'InternalServerError', meaning: 'A failure on Carlo\u2019s side; quote the `x-request-id`.' },
};

type Audience = 'key' | 'public' | 'admin';

const cell = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function directive<T>(
  definition: Parameters<typeof getDirectiveValues>[0],
  node: Parameters<typeof getDirectiveValues>[1] | null | undefined,
): T | null {
  return node ? ((getDirectiveValues(definition, node) as T | undefined) ?? null) : null;
}

/** The price of a field in words, read from its directives and its item type's @cost. */
export function priceText(field: GraphQLField<unknown, unknown>): string {
  const parts: string[] = [];
  const cost = directive<{ weight: string }>(costDirective, field.astNode);
  if (cost) parts.push(`${cost.weight} credit${cost.weight === '1' ? '' : 's'}`);
  const bySize = directive<{ sizer: string; unitsPerCredit: number; minimum: number }>(costBySizeDirective, field.astNode);
  if (bySize) parts.push(`ceil(${bySize.sizer} / ${bySize.unitsPerCredit.toLocaleString('en-US')}) credits, at least ${bySize.minimum}`);
  for (const argument of field.args) {
    const argumentCost = directive<{ weight: string }>(costDirective, argument.astNode);
    if (argumentCost) parts.push(`+${argumentCost.weight} when \`${argument.name}\` is set`);
  }
  const listSize = directive<{ assumedSize?: number; slicingArguments?: string[]; sizedFields?: string[] }>(
    listSizeDirective,
    field.astNode,
  );
  if (listSize) {
    const per = listSize.sizedFields?.length ? `each of \`${listSize.sizedFields.join('`, `')}\`` : 'each item';
    const count = listSize.slicingArguments?.length
      ? `\`${listSize.slicingArguments.join('` or `')}\` items`
      : `${listSize.assumedSize ?? 1} items`;
    parts.push(`the selection of ${per} is paid for ${count}`);
  }
  const limit = directive<{ max: number; window: string }>(rateLimitDirective, field.astNode);
  if (limit) parts.push(`at most ${limit.max} calls per ${limit.window}`);
  return parts.length ? parts.join('; ') : 'free';
}

function typeCost(type: GraphQLNamedType): string | null {
  return directive<{ weight: string }>(costDirective, type.astNode)?.weight ?? null;
}

function defaultText(argument: GraphQLArgument | GraphQLInputField): string {
  if (argument.defaultValue === undefined) return '';
  const ast = astFromValue(argument.defaultValue, argument.type);
  return ast ? `\`${print(ast)}\`` : '';
}

function argumentsTable(args: readonly (GraphQLArgument | GraphQLInputField)[]): string[] {
  if (args.length === 0) return ['No arguments.', ''];
  const sorted = [...args].sort((a, b) => a.name.localeCompare(b.name));
  return [
    '| argument | type | default | description |',
    '|---|---|---|---|',
    ...sorted.map((a) => `| \`${a.name}\` | \`${String(a.type)}\` | ${defaultText(a)} | ${cell(a.description)} |`),
    '',
  ];
}

function audienceOf(rules: string[]): { audience: Audience; who: string } {
  const parsed = rules.map(parseRule);
  const key = parsed.find((rule) => rule.kind === 'key');
  if (key?.kind === 'key')
    return {
      audience: 'key',
      who: `API key${key.scope ? ` with scope \`${key.scope.toUpperCase().replace(':', '_')}\`` : ''}; account use \`${key.use}\``,
    };
  if (parsed.some((rule) => rule.kind === 'public')) return { audience: 'public', who: 'anyone' };
  return { audience: 'admin', who: `console roles: ${parsed.flatMap((rule) => (rule.kind === 'admin' ? [rule.role] : [])).join(', ')}` };
}

function operationSection(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, who: string): string[] {
  return [
    `### \`${kind} ${field.name}\``,
    '',
    cell(field.description) || 'No description.',
    '',
    `- returns \`${String(field.type)}\``,
    `- price: ${priceText(field)}`,
    `- who: ${who}`,
    '',
    ...argumentsTable(field.args),
  ];
}

/** Input types and enums an operation's arguments use, found by walking the input types. */
function inputTypesOf(fields: GraphQLField<unknown, unknown>[]): GraphQLNamedType[] {
  const found = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType) => {
    if (found.has(type.name) || !(isInputObjectType(type) || isEnumType(type))) return;
    found.set(type.name, type);
    if (isInputObjectType(type)) for (const inner of Object.values(type.getFields())) visit(getNamedType(inner.type));
  };
  for (const field of fields) for (const argument of field.args) visit(getNamedType(argument.type));
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function typeSection(type: GraphQLNamedType): string[] {
  const head = [`### \`${type.name}\``, '', cell(type.description), ''];
  if (isEnumType(type))
    return [
      ...head,
      ...type.getValues().map((value) => `- \`${value.name}\`${value.description ? `: ${cell(value.description)}` : ''}`),
      '',
    ];
  if (isInputObjectType(type)) return [...head, ...argumentsTable(Object.values(type.getFields()))];
  return head;
}

/** docs/api.md: every operation with its arguments, price and audience, then inputs, prices and error codes. */
export function apiReference(schema: GraphQLSchema): string {
  const rules = rootFieldRules(schema);
  const roots: { kind: 'query' | 'mutation'; type: GraphQLObjectType | null | undefined }[] = [
    { kind: 'query', type: schema.getQueryType() },
    { kind: 'mutation', type: schema.getMutationType() },
  ];
  const operations = roots.flatMap(({ kind, type }) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field, ...audienceOf(rules.get(`${type?.name}.${field.name}`) ?? []) })),
  );
  const integrator = operations.filter((operation) => operation.audience !== 'admin');
  const console = operations.filter((operation) => operation.audience === 'admin');
  const pricedTypes = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && typeCost(type) !== null);

  return [
    '# Carlo API reference',
    '',
    '<!-- Generated from the schema by `npm run docs:api` (also run by `npm run codegen`); `npm run check:generated` fails when it is stale. -->',
    '',
    'One endpoint, `POST /graphql`, with `Authorization: Bearer <API key>`. Every response carries',
    '`extensions.cost` (credits requested, charged and remaining) and `RateLimit-Limit`,',
    '`RateLimit-Remaining` and `RateLimit-Reset` headers; refusals add `Retry-After`. Mutations accept',
    'an `Idempotency-Key` header (1 to 255 characters, kept 24 hours): a repeat with the same body',
    'returns the stored response and is not charged again. `quote(query:, variables:)` prices any',
    'operation without running it. `runSimulation` and `runWorkbook` answer with a `Server-Timing`',
    'header, `engine;dur=…, total;dur=…` in milliseconds: the simulation and the whole call on the server.',
    'The TypeScript client is `@carlo/client` (`client/README.md`).',
    '',
    '## Prices',
    '',
    'A call costs the sum of the prices of the fields it selects, rounded up to whole credits;',
    'fields without a price are free. Lists priced with `@listSize` pay their selection once per item',
    'asked for; a type with a price is paid once per value returned. The call reserves this static',
    'price before it runs and settles at it or less (a run that stops early pays for what it ran).',
    '',
    '| type | credits per value |',
    '|---|---|',
    ...pricedTypes.map((type) => `| \`${type.name}\` | ${typeCost(type)} |`),
    '',
    '## Operations for integrators (API keys, and public ones)',
    '',
    ...integrator.flatMap((operation) => operationSection(operation.kind, operation.field, operation.who)),
    '## Input types and enums',
    '',
    ...inputTypesOf(integrator.map((operation) => operation.field)).flatMap(typeSection),
    '## Console operations',
    '',
    'For signed-in console users (an HttpOnly session cookie from `adminLogin`); API keys get `FORBIDDEN`.',
    '',
    '| operation | price | roles | description |',
    '|---|---|---|---|',
    ...console.map(
      (operation) =>
        `| \`${operation.kind} ${operation.field.name}\` | ${priceText(operation.field)} | ${operation.who.replace('console roles: ', '')} | ${cell(operation.field.description)} |`,
    ),
    '',
    '## Error codes',
    '',
    'Every error has `extensions.code`. Errors raised before execution, and refusals of a field the caller',
    'may not use (access, scope or role), carry the HTTP status below; other errors inside execution',
    'arrive with HTTP 200 beside any data, as GraphQL does.',
    '',
    '| code | HTTP | `@carlo/client` class | meaning |',
    '|---|---|---|---|',
    ...Object.values(ErrorCode).map(
      (code) => `| \`${code}\` | ${httpStatus[code]} | \`${errorGuide[code].sdkClass}\` | ${errorGuide[code].meaning} |`,
    ),
    '',
  ].join('\n');
}
