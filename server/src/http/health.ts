import type { RequestHandler } from "express";
import type { AppDeps } from "../app-deps.js";
import { checkDatabase } from "../modules/system/services/health.service.js";

/** Liveness + readiness for load balancers: 200 only when the database answers. */
export function healthHandler(deps: AppDeps): RequestHandler {
  return async (_req, res) => {
    const database = await checkDatabase(deps);
    if (database.ok) {
      res.json({ status: "ok" });
      return;
    }
    deps.log.error({ error: database.error }, "health check failed: database unreachable");
    res.status(503).json({ status: "error", error: "Database unavailable" });
  };
}
