import type { IncomingMessage } from "node:http";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import type { Request, RequestHandler } from "express";
import type { AppDeps } from "../app-deps.js";
import { AppError, type PublicError, toPublicError, toTRPCError } from "../lib/errors.js";
import { createExpressContextFactory } from "../trpc/context.js";
import { appRouter } from "../trpc/router.js";
import { fromExpressError, retryAfterHeaders } from "./error-response.js";
import { jsonBody } from "./json-body.js";
import { requestIdOf } from "./request-id.js";

const refusedBodies = new WeakMap<IncomingMessage, AppError>();

function asAppError(failure: PublicError): AppError {
  return new AppError(failure.code, failure.error, failure.details ? { details: failure.details } : {});
}

/**
 * The same body rules as REST. A refused body is answered by tRPC itself (thrown from
 * createContext), so every call of a batch gets a tRPC-shaped error the client understands.
 */
const trpcBody = jsonBody({
  emptyBody: "none",
  onFailure: (req, error, next) => {
    refusedBodies.set(req, error instanceof AppError ? error : asAppError(fromExpressError(error)));
    req.headers["content-type"] = "application/json";
    req.body = {};
    next();
  },
});

export function createTrpcHandler(deps: AppDeps): RequestHandler[] {
  const maxBatch = deps.env.TRPC_MAX_BATCH_SIZE;
  const contextOf = createExpressContextFactory(deps);
  const handler = createExpressMiddleware({
    router: appRouter,
    createContext: ({ req, info }: { req: Request; info: { calls: unknown[] } }) => {
      const refused = refusedBodies.get(req);
      if (refused) throw toTRPCError(refused);
      // Each call may cost an argon2 hash or a transaction: a batch is a small, bounded thing.
      if (info.calls.length > maxBatch) {
        throw toTRPCError(
          new AppError(
            "BAD_REQUEST",
            `A batch may hold at most ${maxBatch} calls; this one has ${info.calls.length}`,
          ),
        );
      }
      return contextOf({ req });
    },
    onError: ({ error, path, req }) => {
      if (toPublicError(error).status >= 500) {
        deps.log.error({ err: error, path, requestId: requestIdOf(req) }, "tRPC call failed");
      }
    },
    // A batch answers with one status; any rate-limited call in it sets Retry-After.
    responseMeta: ({ errors }) => {
      const limited = errors.map((error) => toPublicError(error)).find((f) => f.retryAfterSeconds);
      return limited ? { headers: retryAfterHeaders(limited) } : {};
    },
  });
  return [trpcBody, handler];
}
