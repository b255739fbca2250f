import express, { type NextFunction, type Request, type RequestHandler } from "express";
import { AppError, validationError } from "../lib/errors.js";
import { inspectInput } from "../lib/input-inspection.js";

export const MAX_BODY_BYTES = 1024 * 1024;
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** What body-parser can inflate; anything else is refused before a byte is read. */
const SUPPORTED_ENCODINGS = new Set(["identity", "gzip", "deflate", "br"]);

function hasBody(headers: Record<string, unknown>): boolean {
  return headers["transfer-encoding"] !== undefined || Number(headers["content-length"] ?? 0) > 0;
}

function isJsonMediaType(mediaType: string): boolean {
  return mediaType === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
}

/** The media type problem of a body-carrying request, or null when it is UTF-8 JSON. */
export function mediaTypeProblem(
  contentType: string | undefined,
  contentEncoding: string | undefined,
): string | null {
  if (!contentType) return "A request body needs Content-Type: application/json";
  const [rawType = "", ...params] = contentType.split(";");
  const mediaType = rawType.trim().toLowerCase();
  if (!isJsonMediaType(mediaType)) {
    return `Unsupported Content-Type "${mediaType.slice(0, 100)}": send application/json`;
  }
  for (const param of params) {
    const [name, value = ""] = param.split("=").map((part) => part.trim().toLowerCase());
    const charset = value.replace(/^"|"$/g, "");
    if (name === "charset" && charset !== "utf-8" && charset !== "utf8") {
      return `Unsupported charset "${charset.slice(0, 40)}": send JSON encoded as UTF-8`;
    }
  }
  for (const encoding of (contentEncoding ?? "identity").split(",")) {
    const name = encoding.trim().toLowerCase();
    if (!SUPPORTED_ENCODINGS.has(name)) {
      return `Unsupported Content-Encoding "${name.slice(0, 40)}": send gzip, deflate, br or none`;
    }
  }
  return null;
}

const parseJson = express.json({ limit: MAX_BODY_BYTES, type: () => true, inflate: true });

/**
 * The one JSON body parser for REST and tRPC: UTF-8 JSON only (415 otherwise, before reading),
 * gzip/deflate/br inflated, 1 MB after inflation (413), malformed or corrupt bodies 400, and
 * no NUL characters or deep nesting (400 naming the field) — so nothing downstream sees input
 * PostgreSQL or recursive code would fail on. `emptyBody` is what a body-less request becomes:
 * REST treats it as `{}` (clients rightly send no Content-Type when there is nothing to send),
 * tRPC as no input.
 */
export function jsonBody({
  emptyBody,
  onFailure,
}: {
  emptyBody: "object" | "none";
  /** Where a refused body goes; by default the Express error handler. */
  onFailure?: (req: Request, error: unknown, next: NextFunction) => void;
}): RequestHandler {
  const fail = onFailure ?? ((_req: Request, error: unknown, next: NextFunction) => next(error));
  return (req, res, next) => {
    if (!BODY_METHODS.has(req.method)) return next();
    if (!hasBody(req.headers)) {
      if (emptyBody === "object") {
        req.headers["content-type"] = "application/json";
        req.body = {};
      }
      return next();
    }
    const problem = mediaTypeProblem(req.headers["content-type"], req.headers["content-encoding"]);
    if (problem) return fail(req, new AppError("UNSUPPORTED_MEDIA_TYPE", problem), next);
    parseJson(req, res, (error?: unknown) => {
      if (error) return fail(req, error, next);
      const issue = inspectInput(req.body);
      if (issue) return fail(req, validationError([issue]), next);
      next();
    });
  };
}
