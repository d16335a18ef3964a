import { DirectiveLocation, GraphQLDirective, GraphQLInt, GraphQLNonNull, GraphQLString } from 'graphql';

/**
 * Guards a sensitive root field (adminLogin, signUp, createApiKey) with graphql-rate-limit:
 * at most `max` calls per `window` ("60s", "15m") per caller (customer, admin or address).
 */
export const rateLimitDirective = new GraphQLDirective({
  name: 'rateLimit',
  description: 'At most `max` calls per `window` (e.g. "60s") per caller. Refusals answer RATE_LIMITED with Retry-After.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    max: { type: new GraphQLNonNull(GraphQLInt) },
    window: { type: new GraphQLNonNull(GraphQLString) },
  },
});
