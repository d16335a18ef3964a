import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** Root fields and the rules they declare, from type-graphql's metadata. */
export function rootFieldRules(schema: GraphQLSchema): Map<string, string[]> {
  const storage = getMetadataStorage();
  const rules = new Map<string, string[]>();
  const roots = [
    { type: schema.getQueryType(), handlers: storage.queries },
    { type: schema.getMutationType(), handlers: storage.mutations },
    { type: schema.getSubscriptionType(), handlers: storage.subscriptions },
  ];
  for (const { type, handlers } of roots) {
    if (!type) continue;
    for (const fieldName of Object.keys(type.getFields())) {
      const handler = handlers.find((candidate) => candidate.schemaName === fieldName);
      const authorized = handler
        ? storage.authorizedFields.find((field) => field.target === handler.target && field.fieldName === handler.methodName)
        : undefined;
      rules.set(`${type.name}.${fieldName}`, authorized ? [...authorized.roles] : []);
    }
  }
  return rules;
}

/** Building a schema with a root field that declares no access rule is a programming error. */
export function assertEveryRootFieldHasRule(schema: GraphQLSchema): void {
  const missing = [...rootFieldRules(schema)].filter(([, rules]) => rules.length === 0).map(([field]) => field);
  if (missing.length > 0)
    throw new Error(`Root fields without an access rule (@Public, @ForKey, @ForAdmin or @ForMember): ${missing.join(', ')}`);
}
