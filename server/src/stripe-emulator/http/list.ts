import type { Params } from './form-codec.js';
import { optInt, optStr } from './params.js';
import { invalidRequest } from './stripe-error.js';

export type ListObject<T> = { object: 'list'; data: T[]; has_more: boolean; url: string };

/** Stripe list pagination over items already filtered and sorted newest first. */
export function listOf<T extends { id?: string | null }>(items: T[], params: Params, url: string): ListObject<T> {
  const limit = optInt(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100) throw invalidRequest('Invalid limit: must be between 1 and 100', 'limit');
  const after = optStr(params, 'starting_after');
  const before = optStr(params, 'ending_before');
  let start = 0;
  let end = items.length;
  if (after) start = indexOrThrow(items, after, 'starting_after') + 1;
  if (before) end = indexOrThrow(items, before, 'ending_before');
  const window = before ? items.slice(Math.max(start, end - limit), end) : items.slice(start, start + limit);
  const hasMore = before ? end - limit > start : start + limit < end;
  return { object: 'list', data: window, has_more: hasMore, url };
}

/** Newest first, as Stripe lists: by `created`, then by insertion order. */
export function newestFirst<T extends { created: number }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.created - a.item.created || b.i - a.i)
    .map(({ item }) => item);
}

function indexOrThrow<T extends { id?: string | null }>(items: T[], id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw invalidRequest(`No such object: '${id}'`, param, 'resource_missing');
  return index;
}
