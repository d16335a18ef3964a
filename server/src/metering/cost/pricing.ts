import {
  getDirectiveValues,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  isListType,
  isNonNullType,
  type GraphQLOutputType,
} from 'graphql';
import { costBySizeDirective, costDirective, listSizeDirective } from './directives.js';

/** Credits are counted in thousandths while pricing so that decimal weights ("0.04") stay exact. */
export const MILLI = 1000;

export type ListSize = { assumedSize: number | null; slicingArguments: string[]; sizedFields: string[] };
export type BySize = { sizer: string; unitsPerCredit: number; minimum: number };

/** What one field definition costs, read once from its directives. */
export type FieldPrice = {
  weightMilli: number;
  argumentWeightsMilli: Map<string, number>;
  listSize: ListSize | null;
  bySize: BySize | null;
  returnsList: boolean;
  itemTypeWeightMilli: number;
};

/** "1", "0.04", "2.5" -> thousandths; weights are strings in the IBM specification. */
export function parseWeight(weight: string): number {
  if (!/^\d+(\.\d{1,3})?$/.test(weight.trim()))
    throw new Error(`@cost weight "${weight}" must be a non-negative decimal with at most 3 places`);
  const [whole, fraction = ''] = weight.trim().split('.');
  return Number(whole) * MILLI + Number(fraction.padEnd(3, '0'));
}

const fieldPrices = new WeakMap<GraphQLField<unknown, unknown>, FieldPrice>();
const typeWeights = new WeakMap<GraphQLNamedType, number>();

/** `@cost` on an object, scalar or enum type: paid once per value of that type. Carlo's default is 0. */
export function typeWeightMilli(type: GraphQLNamedType): number {
  const cached = typeWeights.get(type);
  if (cached !== undefined) return cached;
  const cost = type.astNode ? getDirectiveValues(costDirective, type.astNode) : undefined;
  const weight = cost ? parseWeight(String(cost.weight)) : 0;
  typeWeights.set(type, weight);
  return weight;
}

export function priceOf(field: GraphQLField<unknown, unknown>): FieldPrice {
  const cached = fieldPrices.get(field);
  if (cached) return cached;
  const node = field.astNode;
  const cost = node ? getDirectiveValues(costDirective, node) : undefined;
  const listSize = node ? getDirectiveValues(listSizeDirective, node) : undefined;
  const bySize = node ? getDirectiveValues(costBySizeDirective, node) : undefined;
  const argumentWeightsMilli = new Map<string, number>();
  for (const argument of field.args) {
    const argumentCost = argument.astNode ? getDirectiveValues(costDirective, argument.astNode) : undefined;
    if (argumentCost) argumentWeightsMilli.set(argument.name, parseWeight(String(argumentCost.weight)));
  }
  const price: FieldPrice = {
    weightMilli: cost ? parseWeight(String(cost.weight)) : 0,
    argumentWeightsMilli,
    listSize: listSize
      ? {
          assumedSize: typeof listSize.assumedSize === 'number' ? listSize.assumedSize : null,
          slicingArguments: (listSize.slicingArguments as string[] | undefined) ?? [],
          sizedFields: (listSize.sizedFields as string[] | undefined) ?? [],
        }
      : null,
    bySize: bySize ? { sizer: String(bySize.sizer), unitsPerCredit: Number(bySize.unitsPerCredit), minimum: Number(bySize.minimum) } : null,
    returnsList: isList(field.type),
    itemTypeWeightMilli: typeWeightMilli(getNamedType(field.type)),
  };
  fieldPrices.set(field, price);
  return price;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}
