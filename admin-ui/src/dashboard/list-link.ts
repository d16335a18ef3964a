/**
 * The path of a react-admin list with its filter in the URL (`?filter={...}`), as react-admin itself writes it,
 * so a chart opens the rows it summarises and the list's own filter inputs show what was chosen.
 */
export function listPath(resource: string, filter: Record<string, string>): string {
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
