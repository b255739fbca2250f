import type { RequestHandler, Response } from "express";
import { AppError, toPublicError } from "../lib/errors.js";
import { sendPublicError } from "./error-response.js";

const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH"] as const;

interface RouteTemplate {
  pattern: RegExp;
  staticSegments: number;
  methods: Set<string>;
}

/** `/tenant/members/{userId}` → a matcher for one path template of the OpenAPI document. */
function compileTemplate(template: string, methods: Set<string>): RouteTemplate {
  const segments = template.split("/").filter(Boolean);
  const source = segments
    .map((segment) => (/^\{.+\}$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return {
    pattern: new RegExp(`^/${source}/?$`),
    staticSegments: segments.filter((segment) => !segment.startsWith("{")).length,
    methods,
  };
}

/** GET implies HEAD; every resource answers OPTIONS. */
function allowHeader(methods: Iterable<string>): string {
  const allowed = new Set(methods);
  if (allowed.has("GET")) allowed.add("HEAD");
  allowed.add("OPTIONS");
  return [...allowed].join(", ");
}

function methodNotAllowed(res: Response, method: string, allow: string): void {
  res.setHeader("Allow", allow);
  sendPublicError(
    res,
    toPublicError(new AppError("METHOD_NOT_ALLOWED", `${method} is not allowed here; use ${allow}`)),
  );
}

/**
 * Answers what the REST adapter would get wrong, from the operations the OpenAPI document lists:
 * a known path with a wrong method is a 405 with `Allow` (not a 404), OPTIONS is a 204 with
 * `Allow`, and HEAD runs the GET (Node drops the body of a HEAD response by itself).
 */
export function restMethodGuard(paths: Record<string, object | undefined>): RequestHandler {
  const templates = Object.entries(paths).map(([template, operations = {}]) =>
    compileTemplate(template, new Set(HTTP_METHODS.filter((method) => method.toLowerCase() in operations))),
  );
  return (req, res, next) => {
    const matches = templates.filter((template) => template.pattern.test(req.path));
    if (matches.length === 0) return next();
    // `/invitations/preview` beats `/invitations/{invitationId}`: the most literal templates decide.
    const best = Math.max(...matches.map((match) => match.staticSegments));
    const methods = new Set(
      matches.filter((match) => match.staticSegments === best).flatMap((match) => [...match.methods]),
    );
    const allow = allowHeader(methods);
    if (req.method === "OPTIONS") {
      res.setHeader("Allow", allow);
      res.status(204).end();
      return;
    }
    if (req.method === "HEAD" && methods.has("GET")) {
      req.method = "GET";
      return next();
    }
    if (!methods.has(req.method)) return methodNotAllowed(res, req.method, allow);
    next();
  };
}

const TRPC_ALLOW = "GET, HEAD, POST, OPTIONS";

/** tRPC takes queries by GET and mutations by POST; HEAD runs a query, OPTIONS says so. */
export const trpcMethodGuard: RequestHandler = (req, res, next) => {
  if (req.method === "OPTIONS") {
    res.setHeader("Allow", TRPC_ALLOW);
    res.status(204).end();
    return;
  }
  if (req.method === "HEAD") {
    req.method = "GET";
    return next();
  }
  if (req.method !== "GET" && req.method !== "POST") return methodNotAllowed(res, req.method, TRPC_ALLOW);
  next();
};

/** Pages of the web UI are only read: anything but GET/HEAD on them is a 405. */
export const pageMethodGuard: RequestHandler = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  if (req.method === "OPTIONS") {
    res.setHeader("Allow", "GET, HEAD, OPTIONS");
    res.status(204).end();
    return;
  }
  methodNotAllowed(res, req.method, "GET, HEAD, OPTIONS");
};
