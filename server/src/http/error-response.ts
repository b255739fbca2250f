import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { AppError, type PublicError, toPublicError } from "../lib/errors.js";
import type { Logger } from "../lib/logger.js";
import { requestIdOf } from "./request-id.js";

/** Rate limits and lockouts tell every client (REST, tRPC, plain Express) when to retry. */
export function retryAfterHeaders(failure: PublicError): Record<string, string> {
  return failure.retryAfterSeconds ? { "Retry-After": String(failure.retryAfterSeconds) } : {};
}

/** The REST error body: `{ error, code }` plus field details for validation errors. */
export function sendPublicError(res: Response, failure: PublicError): void {
  res.set(retryAfterHeaders(failure));
  res.status(failure.status).json({
    error: failure.error,
    code: failure.code,
    ...(failure.details ? { details: failure.details } : {}),
  });
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendPublicError(
    res,
    toPublicError(new AppError("NOT_FOUND", `No route for ${req.method} ${req.originalUrl.split("?")[0]}`)),
  );
};

/** Last handler: body-parser failures, thrown errors, anything that escaped a route. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const failure = fromExpressError(error);
    if (failure.status >= 500) log.error({ err: error, requestId: requestIdOf(req) }, "request failed");
    if (res.headersSent) return;
    sendPublicError(res, failure);
  };
}

function fromExpressError(error: unknown): PublicError {
  // body-parser marks its own errors with `type` and an HTTP status.
  const parserError = error as { type?: string; status?: number };
  if (parserError?.type === "entity.parse.failed") {
    return { status: 400, code: "BAD_REQUEST", error: "Request body is not valid JSON" };
  }
  if (parserError?.type === "entity.too.large") {
    return { status: 413, code: "PAYLOAD_TOO_LARGE", error: "Request body is too large" };
  }
  return toPublicError(error);
}
