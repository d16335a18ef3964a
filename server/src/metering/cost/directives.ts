import { rateLimitDirective } from '../rate-limits/rate-limit.directive.js';
import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLString } from 'graphql';

/**
 * The IBM GraphQL cost directive specification (https://ibm.github.io/graphql-specs/cost-spec.html):
 * `@cost(weight:)` on fields, arguments, input fields, types and scalars; `@listSize` on list fields.
 * Weights are strings in the specification, so they may be written as decimals.
 */
export const costDirective = new GraphQLDirective({
  name: 'cost',
  description: 'Credits this element costs (IBM GraphQL cost specification).',
  locations: [
    DirectiveLocation.ARGUMENT_DEFINITION,
    DirectiveLocation.ENUM,
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.INPUT_FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.SCALAR,
  ],
  args: { weight: { type: new GraphQLNonNull(GraphQLString) } },
});

export const listSizeDirective = new GraphQLDirective({
  name: 'listSize',
  description: 'How many items a list field returns, for pricing (IBM GraphQL cost specification).',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    assumedSize: { type: GraphQLInt },
    slicingArguments: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    sizedFields: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    requireOneSlicingArgument: { type: GraphQLBoolean, defaultValue: true },
  },
});

/**
 * Carlo's one extension to the specification: a field whose price grows with the size of its
 * input. It costs ceil(size / unitsPerCredit) credits, at least `minimum`, where `size` is computed
 * from the field's arguments by the sizer registered under that name (graphql/cost/sizers.ts).
 */
export const costBySizeDirective = new GraphQLDirective({
  name: 'costBySize',
  description:
    'Credits grow with input size: ceil(size / unitsPerCredit), at least minimum. Carlo extension to the IBM cost specification.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    sizer: {
      type: new GraphQLNonNull(GraphQLString),
      description:
        'Name of the function that measures the arguments, e.g. workUnits = iterations x (inputs + outputs beyond the first + formula operations / 64).',
    },
    unitsPerCredit: { type: new GraphQLNonNull(GraphQLInt) },
    minimum: { type: new GraphQLNonNull(GraphQLInt), defaultValue: 1 },
  },
});

export const directives = [costDirective, listSizeDirective, costBySizeDirective, rateLimitDirective];
