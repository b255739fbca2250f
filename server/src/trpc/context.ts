import type { IncomingHttpHeaders } from "node:http";
import type { Request } from "express";
import type { AppDeps } from "../app-deps.js";
import { requestOriginOf } from "../http/request-id.js";
import type { Logger } from "../lib/logger.js";

export interface RequestInfo {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** Raw `X-Tenant-ID`; never trusted until the tenant step checks membership. */
  tenantIdHeader: string | null;
  authorization: string | null;
}

export interface Context {
  deps: AppDeps;
  request: RequestInfo;
  log: Logger;
}

const EMPTY_REQUEST: RequestInfo = {
  requestId: "internal",
  ip: null,
  userAgent: null,
  tenantIdHeader: null,
  authorization: null,
};

/** Transport-free context: tests and the REST adapter build callers from this. */
export function createContextInner(deps: AppDeps, request: Partial<RequestInfo> = {}): Context {
  const info = { ...EMPTY_REQUEST, ...request };
  return { deps, request: info, log: deps.log.child({ requestId: info.requestId }) };
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export function requestInfoFromExpress(req: Request): RequestInfo {
  return {
    ...requestOriginOf(req),
    tenantIdHeader: header(req.headers, "x-tenant-id"),
    authorization: header(req.headers, "authorization"),
  };
}

export function createExpressContextFactory(deps: AppDeps) {
  return ({ req }: { req: Request }) => createContextInner(deps, requestInfoFromExpress(req));
}
