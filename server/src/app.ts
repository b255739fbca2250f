import { createExpressMiddleware } from "@trpc/server/adapters/express";
import express, { type Express } from "express";
import { pinoHttp } from "pino-http";
import type { AppDeps } from "./app-deps.js";
import { createDocsRouter } from "./http/docs.js";
import { emptyBodyAsJson } from "./http/empty-body.js";
import { errorHandler, notFoundHandler, retryAfterHeaders } from "./http/error-response.js";
import { healthHandler } from "./http/health.js";
import { requestIdentity, requestIdOf } from "./http/request-id.js";
import { createRestHandler } from "./http/rest.js";
import { mountSpa } from "./http/spa.js";
import { toPublicError } from "./lib/errors.js";
import { createGoogleRoutes } from "./modules/identity/http/google-routes.js";
import { createExpressContextFactory } from "./trpc/context.js";
import { REST_BASE_PATH } from "./trpc/openapi.js";
import { appRouter } from "./trpc/router.js";

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", deps.env.TRUST_PROXY);
  app.use(requestIdentity);
  app.use(
    pinoHttp({
      logger: deps.log,
      genReqId: (req) => requestIdOf(req),
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : "info"),
      autoLogging: { ignore: (req) => req.url === "/health" },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // Raw-body webhook routes (Stripe) are mounted here, before any body parser.
  app.get("/health", healthHandler(deps));
  app.use(
    "/trpc",
    createExpressMiddleware({
      router: appRouter,
      createContext: createExpressContextFactory(deps),
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
    }),
  );
  app.use("/api", createDocsRouter(deps.env.PUBLIC_URL));
  // Parsed here (any JSON media type, charset included) so the REST adapter never sees raw bodies.
  app.use(REST_BASE_PATH, emptyBodyAsJson);
  app.use(REST_BASE_PATH, express.json({ limit: "1mb", type: ["application/json", "application/*+json"] }));
  // Google sign-in answers with redirects, so it is plain Express in front of the REST adapter.
  app.use(REST_BASE_PATH, createGoogleRoutes(deps));
  app.use(REST_BASE_PATH, createRestHandler(deps));
  app.use("/api", notFoundHandler);
  mountSpa(app, deps.env.WEB_DIST_DIR, deps.log);
  app.use(notFoundHandler);
  app.use(errorHandler(deps.log));
  return app;
}
