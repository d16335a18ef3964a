import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { parseRule } from './auth-rules.js';
import { rootFieldRules } from './rule-coverage.js';

const publicMutationsOf = new WeakMap<GraphQLSchema, Set<string>>();

function publicMutations(schema: GraphQLSchema): Set<string> {
  const cached = publicMutationsOf.get(schema);
  if (cached) return cached;
  const names = new Set<string>();
  for (const [field, rules] of rootFieldRules(schema)) {
    if (field.startsWith('Mutation.') && rules.some((rule) => parseRule(rule).kind === 'public'))
      names.add(field.slice('Mutation.'.length));
  }
  publicMutationsOf.set(schema, names);
  return names;
}

/**
 * A document may hold one mutation that needs no credentials (signUp, adminLogin): aliases would
 * otherwise run one per alias before any per-request throttle could answer.
 */
export const onePublicMutationRule: ValidationRule = (context: ValidationContext) => {
  const schema = context.getSchema();
  const mutationType = schema.getMutationType();
  const names = publicMutations(schema);
  let seen = 0;
  return {
    Field(node) {
      if (!mutationType || context.getParentType() !== mutationType || !names.has(node.name.value)) return;
      seen += 1;
      if (seen === 2) {
        context.reportError(
          new GraphQLError(`Send one ${node.name.value} (or other mutation that needs no credentials) per request.`, {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  };
};
