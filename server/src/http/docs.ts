import { Router } from "express";
import swaggerUi from "swagger-ui-express";
import { buildOpenApiDocument } from "../trpc/openapi.js";

/** `/api/openapi.json` and interactive docs; swagger-ui assets are served from node_modules, no CDN. */
export function createDocsRouter(publicUrl: string | undefined): Router {
  const document = buildOpenApiDocument(publicUrl ?? "");
  const docs = Router();
  docs.get("/openapi.json", (_req, res) => {
    res.json(document);
  });
  docs.use(
    "/docs",
    swaggerUi.serve,
    swaggerUi.setup(undefined, {
      customSiteTitle: "Baseplate API docs",
      swaggerOptions: { url: "/api/openapi.json", persistAuthorization: true },
    }),
  );
  return docs;
}
