import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Express } from "express";
import type { Logger } from "../lib/logger.js";
import { pageMethodGuard } from "./methods.js";

const DEFAULT_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));
const API_PREFIXES = ["/api", "/trpc", "/health"];

/** Serves the built web UI on the same port; unknown non-API GETs get index.html (client routing). */
export function mountSpa(app: Express, distDir: string | undefined, log: Logger): void {
  const root = path.resolve(distDir ?? DEFAULT_DIST);
  const indexFile = path.join(root, "index.html");
  if (!existsSync(indexFile)) {
    log.warn({ root }, "web UI not built; run `pnpm build` to serve it");
    return;
  }
  app.use(
    "/assets",
    express.static(path.join(root, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }),
  );
  app.use(express.static(root, { index: false }));
  app.use((req, res, next) => {
    const isApi = API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`));
    if (isApi) return next();
    pageMethodGuard(req, res, () => {
      if (!req.accepts("html")) return next();
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(indexFile);
    });
  });
}
