import express, { type Express } from "express";
import { pinoHttp } from "pino-http";
import type { AppDeps } from "./app-deps.js";
import { createDocsRouter } from "./http/docs.js";
import { errorHandler, notFoundHandler } from "./http/error-response.js";
import { healthHandler } from "./http/health.js";
import { jsonBody } from "./http/json-body.js";
import { restMethodGuard, trpcMethodGuard } from "./http/methods.js";
import { redactUrl } from "./http/redact-url.js";
import { requestIdentity, requestIdOf } from "./http/request-id.js";
import { createRestHandler } from "./http/rest.js";
import { noStore, securityHeaders } from "./http/security-headers.js";
import { mountSpa } from "./http/spa.js";
import { createTrpcHandler } from "./http/trpc-transport.js";
import { APP_MODULES } from "./modules/index.js";
import { buildOpenApiDocument, REST_BASE_PATH } from "./trpc/openapi.js";

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", deps.env.TRUST_PROXY);
  app.use(requestIdentity);
  app.use(securityHeaders({ https: deps.env.PUBLIC_URL?.startsWith("https:") ?? false }));
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
          url: redactUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // Webhooks verify signatures over the raw body: mounted before any body parser.
  for (const module of APP_MODULES) if (module.rawBodyRoutes) app.use(module.rawBodyRoutes(deps));
  app.get("/health", healthHandler(deps));
  app.use("/trpc", noStore, trpcMethodGuard, ...createTrpcHandler(deps));
  app.use("/api", createDocsRouter(deps.env.PUBLIC_URL));
  app.use(REST_BASE_PATH, noStore, restMethodGuard(buildOpenApiDocument("").paths ?? {}));
  app.use(REST_BASE_PATH, jsonBody({ emptyBody: "object" }));
  for (const module of APP_MODULES) if (module.httpRoutes) app.use(REST_BASE_PATH, module.httpRoutes(deps));
  app.use(REST_BASE_PATH, createRestHandler(deps));
  app.use("/api", notFoundHandler);
  mountSpa(app, deps.env.WEB_DIST_DIR, deps.log);
  app.use(notFoundHandler);
  app.use(errorHandler(deps.log));
  return app;
}
