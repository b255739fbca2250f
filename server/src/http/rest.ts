import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import { createOpenApiNodeHttpHandler } from "trpc-to-openapi";
import type { AppDeps } from "../app-deps.js";
import { type PublicError, toPublicError } from "../lib/errors.js";
import { createExpressContextFactory } from "../trpc/context.js";
import { appRouter } from "../trpc/router.js";
import { retryAfterHeaders } from "./error-response.js";
import { requestIdOf } from "./request-id.js";

/**
 * REST over the same procedures (trpc-to-openapi). Its error body is tRPC-shaped, so the
 * failure is captured in `onError` and the response is rewritten to our `{ error, code }` shape.
 */
export function createRestHandler(deps: AppDeps): RequestHandler {
  const failures = new WeakMap<IncomingMessage, PublicError>();
  const handle = createOpenApiNodeHttpHandler({
    router: appRouter,
    createContext: createExpressContextFactory(deps) as never,
    maxBodySize: 1024 * 1024,
    onError: ({ error, req, path }) => {
      const failure = toPublicError(error);
      failures.set(req, failure);
      if (failure.status >= 500)
        deps.log.error({ err: error, path, requestId: requestIdOf(req) }, "REST call failed");
    },
    responseMeta: ({ errors }) => {
      const [first] = errors;
      if (!first) return {};
      const failure = toPublicError(first);
      return { status: failure.status, headers: retryAfterHeaders(failure) };
    },
  });

  return (req, res, next) => {
    const end = res.end.bind(res);
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      const failure = failures.get(req);
      if (failure && res.statusCode >= 400) {
        const body = {
          error: failure.error,
          code: failure.code,
          ...(failure.details ? { details: failure.details } : {}),
        };
        return end(JSON.stringify(body), ...(rest as []));
      }
      return end(chunk as never, ...(rest as []));
    }) as typeof res.end;
    return handle(req, res, next);
  };
}
