import { type Request, type Response, Router } from "express";
import type { AppDeps } from "../../../app-deps.js";
import { requestIdOf, requestOriginOf } from "../../../http/request-id.js";
import { AppError } from "../../../lib/errors.js";
import { GoogleSignInFailure } from "../services/google-oidc.js";
import { completeGoogleSignIn, startGoogleSignIn } from "../services/google-signin.service.js";

/**
 * Google sign-in is two browser navigations, so these are plain Express routes (mounted under
 * /api/v1 before the REST adapter) rather than procedures: each answers with a 302.
 * Not configured → 501 JSON (NOT_CONFIGURED) via the error handler; the web app asks
 * auth.providers first and only shows the button when Google is enabled.
 */
export function createGoogleRoutes(deps: AppDeps): Router {
  const routes = Router();

  routes.get("/auth/google", async (req, res) => {
    try {
      redirect(res, await startGoogleSignIn(deps));
    } catch (error) {
      if (!(error instanceof GoogleSignInFailure)) throw error;
      failed(deps, req, res, error);
    }
  });

  routes.get("/auth/google/callback", async (req, res) => {
    const search = new URL(req.originalUrl, "http://callback.invalid").search;
    try {
      const tokens = await completeGoogleSignIn(deps, search, requestOriginOf(req));
      const fragment = new URLSearchParams({
        access_token: tokens.accessToken,
        refresh_token: tokens.refreshToken,
      });
      redirect(res, `${deps.links.baseUrl}/auth/callback#${fragment}`);
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_CONFIGURED") throw error;
      if (!(error instanceof GoogleSignInFailure)) {
        deps.log.error({ err: error, requestId: requestIdOf(req) }, "Google sign-in callback crashed");
        failed(deps, req, res, new GoogleSignInFailure("google_failed", "Unexpected error"));
        return;
      }
      failed(deps, req, res, error);
    }
  });

  return routes;
}

function redirect(res: Response, location: string): void {
  // The callback's Location carries tokens; nothing here may be cached by a browser or proxy.
  res.setHeader("Cache-Control", "no-store");
  res.redirect(302, location);
}

/** Back to the sign-in page with a short code; the detail goes to the log, never to the browser. */
function failed(deps: AppDeps, req: Request, res: Response, failure: GoogleSignInFailure): void {
  deps.log.warn(
    { reason: failure.code, detail: failure.message, err: failure.cause, requestId: requestIdOf(req) },
    "Google sign-in failed",
  );
  redirect(res, deps.links.to("/login", { error: failure.code }));
}
