import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { AppError, ERROR_TABLE, type ErrorCode, type PublicError, toPublicError } from "../lib/errors.js";
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

/** Messages for the failures body-parser and serve-static report, by their `type` or status. */
const PARSER_MESSAGES: Record<string, string> = {
  "entity.parse.failed": "Request body is not valid JSON",
  "entity.too.large": "Request body is too large (at most 1 MB)",
  "encoding.unsupported": "Unsupported Content-Encoding: send gzip, deflate, br or none",
  "charset.unsupported": "Unsupported charset: send JSON encoded as UTF-8",
  "request.aborted": "The request body was cut off",
  "request.size.invalid": "The request body does not match its Content-Length",
};

/** The general code of each status (the first the table lists for it, BAD_REQUEST for 400). */
const CODE_BY_STATUS = new Map<number, ErrorCode>([[400, "BAD_REQUEST"]]);
for (const [code, entry] of Object.entries(ERROR_TABLE)) {
  if (!CODE_BY_STATUS.has(entry.status)) CODE_BY_STATUS.set(entry.status, code as ErrorCode);
}

/**
 * Errors from Express itself and its middleware (body-parser, serve-static, URI decoding) carry
 * an HTTP status (http-errors). A 4xx is the client's: it keeps its status with our code and a
 * sentence; anything else goes through the one table (a 500 unless it is an AppError).
 */
export function fromExpressError(error: unknown): PublicError {
  const httpError = error as { type?: string; status?: number; statusCode?: number };
  const status = httpError?.status ?? httpError?.statusCode;
  if (!(error instanceof AppError) && typeof status === "number" && status >= 400 && status < 500) {
    const code = CODE_BY_STATUS.get(status) ?? "BAD_REQUEST";
    const generic = status === 404 ? "Not found" : "Malformed request";
    const message = (httpError.type && PARSER_MESSAGES[httpError.type]) || generic;
    return { status: ERROR_TABLE[code].status, code, error: message };
  }
  return toPublicError(error);
}
