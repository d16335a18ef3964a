import {
  type GraphQLArgument,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
} from 'graphql';

/**
 * Smallest well-typed values for a field's required arguments, so a generated request reaches
 * the field's access rule. Values name nothing that exists (a zero UUID), so allowed calls end
 * in NOT_FOUND or BAD_USER_INPUT rather than changing data.
 */
export function dummyArguments(args: readonly GraphQLArgument[]): Record<string, unknown> {
  return Object.fromEntries(
    args
      .filter((arg) => arg.type instanceof GraphQLNonNull && arg.defaultValue === undefined)
      .map((arg) => [arg.name, dummyValue(arg.type)]),
  );
}

function dummyValue(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return dummyValue(type.ofType);
  if (type instanceof GraphQLList) return [];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.name;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter(
      (field) => field.type instanceof GraphQLNonNull && field.defaultValue === undefined,
    );
    return Object.fromEntries(fields.map((field) => [field.name, dummyValue(field.type)]));
  }
  if (type instanceof GraphQLScalarType) return scalarDummies[type.name] ?? 'x';
  return null;
}

const scalarDummies: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTime: '2030-01-01T00:00:00.000Z',
  JSONObject: {},
};
