import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { onePublicMutationRule } from './public-mutation-limit.js';

/**
 * Bounds on the shape of a document, checked before any cost is computed or any resolver runs:
 * the cost limit prices what a query asks for, these stop documents built to make parsing and
 * validation themselves expensive. The console's and the tests' deepest documents stay well below.
 */
export const DOCUMENT_LIMITS = { depth: 10, aliases: 20, directives: 10, tokens: 3000 } as const;

export const documentParseOptions: ParseOptions = { maxTokens: DOCUMENT_LIMITS.tokens };

/** Report a breach as a validation error (a client error with its limit in the message) instead of throwing. */
const asValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export const documentValidationRules: ValidationRule[] = [
  maxDepthRule({ n: DOCUMENT_LIMITS.depth, ...asValidationError }),
  maxAliasesRule({ n: DOCUMENT_LIMITS.aliases, ...asValidationError }),
  maxDirectivesRule({ n: DOCUMENT_LIMITS.directives, ...asValidationError }),
  onePublicMutationRule,
];
