import type { Core } from '../core.js';
import type { Params } from './form-codec.js';

export type ApiContext = { core: Core; path: Record<string, string>; params: Params };
export type ApiHandler = (ctx: ApiContext) => object;
export type Route = { method: string; pattern: string; handler: ApiHandler };

type Compiled = Route & { regex: RegExp; names: string[]; dynamic: number };

/** Method + path table where static segments win over parameters (`/search` before `/:id`). */
export class Router {
  private readonly routes: Compiled[] = [];

  add(routes: Route[]): this {
    for (const route of routes) {
      const names: string[] = [];
      const source = route.pattern.replace(/:([a-z_]+)/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      this.routes.push({ ...route, regex: new RegExp(`^${source}$`), names, dynamic: names.length });
    }
    this.routes.sort((a, b) => a.dynamic - b.dynamic);
    return this;
  }

  match(method: string, path: string): { handler: ApiHandler; path: Record<string, string> } | null {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
      return { handler: route.handler, path: params };
    }
    return null;
  }
}
