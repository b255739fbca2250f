import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Request, RequestHandler } from "express";
import type { RequestOrigin } from "../lib/request-origin.js";
import { API_VERSION } from "../lib/version.js";

const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const ids = new WeakMap<IncomingMessage, string>();

export function requestIdOf(req: IncomingMessage): string {
  return ids.get(req) ?? "unknown";
}

/** First middleware: every response, including errors and static files, carries both headers. */
export const requestIdentity: RequestHandler = (req, res, next) => {
  const incoming = req.get("x-request-id");
  const id = incoming && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  ids.set(req, id);
  res.setHeader("X-Request-ID", id);
  res.setHeader("X-API-Version", API_VERSION);
  next();
};

/** Who made this request, as sessions and audit entries record it. */
export function requestOriginOf(req: Request): RequestOrigin {
  return { requestId: requestIdOf(req), ip: req.ip ?? null, userAgent: req.get("user-agent") ?? null };
}
