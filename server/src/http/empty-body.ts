import type { RequestHandler } from "express";

const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

/**
 * A body-less POST/PUT/PATCH (e.g. `PATCH /messages/{id}/read`) is an empty JSON object, not a
 * missing media type: REST clients rightly send no Content-Type when there is nothing to send.
 */
export const emptyBodyAsJson: RequestHandler = (req, _res, next) => {
  const hasBody =
    req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  if (BODY_METHODS.has(req.method) && !hasBody && !req.headers["content-type"]) {
    req.headers["content-type"] = "application/json";
    req.body = {};
  }
  next();
};
