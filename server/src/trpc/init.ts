import { initTRPC } from "@trpc/server";
import { toPublicError } from "../lib/errors.js";
import type { Context } from "./context.js";
import type { ProcedureMeta } from "./meta.js";

export const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    // Stack traces stay in the logs; clients only ever see the public error.
    isDev: false,
    errorFormatter({ shape, error }) {
      const publicError = toPublicError(error);
      return {
        ...shape,
        message: publicError.error,
        data: {
          ...shape.data,
          httpStatus: publicError.status,
          appCode: publicError.code,
          details: publicError.details ?? null,
          retryAfterSeconds: publicError.retryAfterSeconds ?? null,
        },
      };
    },
  });

export const router = t.router;
export const middleware = t.middleware;
