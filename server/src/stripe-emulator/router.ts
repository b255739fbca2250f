import type { EmulatorContext } from "./context.js";
import type { FormObject } from "./form.js";

export interface ApiRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  /** Form body (POST) or query string (GET, DELETE), decoded from Stripe's bracket notation. */
  body: FormObject;
}

export interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handle(request: ApiRequest, ctx: EmulatorContext): unknown;
}

/** `route("GET", "/v1/customers/:id", handler)` */
export function route(method: string, path: string, handle: Route["handle"]): Route {
  const names: string[] = [];
  const source = path.replace(/:([a-z_]+)/g, (_match, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { method, pattern: new RegExp(`^${source}$`), names, handle };
}

export function matchRoute(routes: Route[], method: string, path: string) {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    const params = Object.fromEntries(
      candidate.names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? "")]),
    );
    return { route: candidate, params };
  }
  return null;
}
