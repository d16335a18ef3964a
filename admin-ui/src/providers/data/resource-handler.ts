import type {
  GetListParams,
  GetListResult,
  GetManyReferenceParams,
  GetManyReferenceResult,
  GetOneParams,
  GetOneResult,
  CreateParams,
  UpdateParams,
  RaRecord,
} from 'react-admin';
import { HttpError } from 'react-admin';

/** The part of react-admin's data provider one resource implements; missing methods answer clearly. */
export type ResourceHandler = {
  getList?: (params: GetListParams) => Promise<GetListResult<RaRecord>>;
  getOne?: (params: GetOneParams) => Promise<GetOneResult<RaRecord>>;
  getManyReference?: (params: GetManyReferenceParams) => Promise<GetManyReferenceResult<RaRecord>>;
  create?: (params: CreateParams) => Promise<{ data: RaRecord }>;
  update?: (params: UpdateParams) => Promise<{ data: RaRecord }>;
};

export function unsupported(resource: string, method: string): never {
  throw new HttpError(`${resource} does not support ${method} in the console.`, 400, {});
}

/** react-admin filters arrive untyped; take a string or nothing. */
export function stringFilter(filter: Record<string, unknown>, name: string): string | null {
  const value = filter[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export const MAX_PER_PAGE = 100;

export function page(params: { pagination?: { page: number; perPage: number } }): { page: number; perPage: number } {
  return { page: params.pagination?.page ?? 1, perPage: Math.min(params.pagination?.perPage ?? 25, MAX_PER_PAGE) };
}
