import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getOperationAST,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isLeafType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  getVariableValues,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { type FieldPrice, MILLI, priceOf, typeWeightMilli } from './pricing.js';
import { creditsBySize } from './simulation-price.js';
import { measure } from './sizers.js';

type Variables = Record<string, unknown>;

/** Credits charged for thousandths: any fraction of a credit is a whole credit. */
export function creditsOf(milli: number): number {
  return Math.ceil(milli / MILLI);
}

/** Items a list field is priced for: its slicing argument, else its assumed size, else 1. */
export function sliceSize(price: FieldPrice, args: Variables): number {
  const listSize = price.listSize;
  if (!listSize) return 1;
  for (const name of listSize.slicingArguments) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.floor(value));
  }
  return listSize.assumedSize ?? 1;
}

/** A field's own price: its weight, its weighted arguments and, for @costBySize, its input size. */
export function ownMilli(price: FieldPrice, args: Variables, reportedSize?: number): number {
  let milli = price.weightMilli;
  for (const [name, weight] of price.argumentWeightsMilli) if (args[name] !== undefined && args[name] !== null) milli += weight;
  if (price.bySize) {
    const staticSize = measure(price.bySize.sizer, args);
    // A field may report that it used less than it asked for (early stop), never more.
    const size = reportedSize === undefined ? staticSize : Math.min(Math.max(0, Math.ceil(reportedSize)), staticSize);
    milli += creditsBySize(price.bySize, size) * MILLI;
  }
  return milli;
}

/**
 * The IBM cost of a field given the cost of its selection: lists pay their item type and
 * selection once per item they are priced for; a field with `sizedFields` (a page object) pays
 * its selection once per item, which equals the specification because the page's other fields
 * (totalCount, page, perPage) are free in this schema (a unit test keeps it so).
 */
const carloEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const price = priceOf(field);
  const own = ownMilli(price, args);
  if (price.returnsList) return own + sliceSize(price, args) * (price.itemTypeWeightMilli + childComplexity);
  if (price.listSize && price.listSize.sizedFields.length > 0)
    return own + price.itemTypeWeightMilli + sliceSize(price, args) * childComplexity;
  return own + price.itemTypeWeightMilli + childComplexity;
};

/** `priced`: some field of the operation has a weight, a weighted argument, a size price or a weighted item type. */
export type CostEstimate = { milli: number; credits: number; priced: boolean };

/** Whether a field can cost anything at all, whatever its arguments and response. */
function hasPrice(price: FieldPrice): boolean {
  return price.weightMilli > 0 || price.argumentWeightsMilli.size > 0 || price.bySize !== null || price.itemTypeWeightMilli > 0;
}

/**
 * The static price of an operation before it runs (graphql-query-complexity with Carlo's
 * estimator). Throws a GraphQLError when the variables do not coerce; execution would refuse
 * them as well, so callers treat that as "nothing will run".
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables | undefined,
  operationName: string | undefined,
): CostEstimate {
  // Apollo hands the same DocumentNode to every request with the same text: price it once per variables.
  const key = `${operationName ?? ''}\u0000${variables && Object.keys(variables).length > 0 ? JSON.stringify(variables) : ''}`;
  const cacheable = key.length <= 2048;
  const perDocument = estimates.get(document);
  const cached = cacheable ? perDocument?.get(key) : undefined;
  if (cached) return cached;
  let priced = false;
  const estimator: ComplexityEstimator = (options) => {
    priced ||= hasPrice(priceOf(options.field));
    return carloEstimator(options);
  };
  const milli = getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [estimator] });
  const estimate = { milli, credits: creditsOf(milli), priced };
  if (cacheable) {
    const map = perDocument ?? new Map<string, CostEstimate>();
    if (map.size < 64) map.set(key, estimate);
    if (!perDocument) estimates.set(document, map);
  }
  return estimate;
}

const estimates = new WeakMap<DocumentNode, Map<string, CostEstimate>>();

export type SettlementInput = {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Variables | undefined;
  /** The response data as sent; fields absent from it were never reached. */
  data: Record<string, unknown> | null | undefined;
  /** Paths of errors in the response: a field that errored costs nothing. */
  errorPaths: readonly (readonly (string | number)[])[];
  /** Sizes reported by resolvers, keyed by response path joined with '.'. */
  reportedSizes?: ReadonlyMap<string, number>;
};

/**
 * The actual cost of an executed operation, from what the response holds: fields pay for what
 * they returned (lists per item returned), errored and unreached fields pay nothing, and fields
 * priced by size pay for the size they reported. With full pages, no errors and no reports it
 * equals estimateCost.
 */
export function settledCost(input: SettlementInput): { milli: number; credits: number } {
  const operation = getOperationAST(input.document, input.operationName);
  if (!operation || !input.data) return { milli: 0, credits: 0 };
  const rootType = input.schema.getRootType(operation.operation);
  if (!rootType) return { milli: 0, credits: 0 };
  const coerced = getVariableValues(input.schema, operation.variableDefinitions ?? [], input.variables ?? {});
  if (coerced.errors) return { milli: 0, credits: 0 };
  const walker = new ResultWalker(input, operation, coerced.coerced);
  const milli = walker.selection(rootType, operation.selectionSet, input.data, []);
  return { milli, credits: creditsOf(milli) };
}

class ResultWalker {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly errored: Set<string>;

  constructor(
    private readonly input: SettlementInput,
    operation: OperationDefinitionNode,
    private readonly variables: Variables,
  ) {
    for (const definition of input.document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    this.errored = new Set(input.errorPaths.map((path) => path.join('.')));
    void operation;
  }

  selection(type: GraphQLObjectType, selectionSet: SelectionSetNode, data: Record<string, unknown>, path: (string | number)[]): number {
    let milli = 0;
    for (const node of selectionSet.selections) {
      if (!this.included(node)) continue;
      if (node.kind === Kind.FIELD) {
        milli += this.field(type, node, data, path);
      } else if (node.kind === Kind.INLINE_FRAGMENT) {
        if (this.applies(type, node.typeCondition?.name.value)) milli += this.selection(type, node.selectionSet, data, path);
      } else {
        const fragment = this.fragments.get(node.name.value);
        if (fragment && this.applies(type, fragment.typeCondition.name.value))
          milli += this.selection(type, fragment.selectionSet, data, path);
      }
    }
    return milli;
  }

  private field(
    type: GraphQLObjectType,
    node: Extract<SelectionNode, { kind: Kind.FIELD }>,
    data: Record<string, unknown>,
    path: (string | number)[],
  ): number {
    const name = node.name.value;
    const definition = type.getFields()[name];
    const key = node.alias?.value ?? name;
    if (!definition || !(key in data)) return 0;
    const fieldPath = [...path, key];
    const pathKey = fieldPath.join('.');
    if (this.errored.has(pathKey)) return 0;
    const price = priceOf(definition);
    const args = getArgumentValues(definition, node, this.variables);
    let milli = ownMilli(price, args, this.input.reportedSizes?.get(pathKey));
    const value = data[key];
    if (value === null || value === undefined) return milli;
    const named = getNamedType(definition.type);
    const itemWeight = typeWeightMilli(named);
    const selectionSet = node.selectionSet;
    const visit = (item: unknown, itemPath: (string | number)[]): number => {
      if (item === null || item === undefined) return 0;
      if (Array.isArray(item)) return item.reduce((sum: number, inner, index) => sum + visit(inner, [...itemPath, index]), 0);
      if (isLeafType(named) || !selectionSet) return itemWeight;
      const objectType = this.concrete(named, item);
      return objectType ? itemWeight + this.selection(objectType, selectionSet, item as Record<string, unknown>, itemPath) : 0;
    };
    milli += visit(value, fieldPath);
    return milli;
  }

  private concrete(named: ReturnType<typeof getNamedType>, value: unknown): GraphQLObjectType | null {
    if (isObjectType(named)) return named;
    if (isAbstractType(named)) {
      const typename = (value as { __typename?: unknown }).__typename;
      const possible = this.input.schema.getPossibleTypes(named);
      return possible.find((candidate) => candidate.name === typename) ?? possible[0] ?? null;
    }
    return null;
  }

  private applies(type: GraphQLObjectType, condition: string | undefined): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.input.schema.getType(condition);
    return conditionType !== undefined && isAbstractType(conditionType) && this.input.schema.isSubType(conditionType, type);
  }

  private included(node: SelectionNode): boolean {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, this.variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, this.variables);
    return include?.if !== false;
  }
}
