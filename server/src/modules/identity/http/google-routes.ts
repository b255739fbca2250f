import { type CookieOptions, type Request, type Response, Router } from "express";
import type { AppDeps } from "../../../app-deps.js";
import { requestIdOf, requestOriginOf } from "../../../http/request-id.js";
import { AppError } from "../../../lib/errors.js";
import { GoogleSignInFailure } from "../services/google-oidc.js";
import {
  completeGoogleSignIn,
  OAUTH_STATE_TTL_MS,
  startGoogleSignIn,
} from "../services/google-signin.service.js";

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
      const { url, state } = await startGoogleSignIn(deps);
      res.cookie(STATE_COOKIE, state, stateCookieOptions(deps, OAUTH_STATE_TTL_MS));
      redirect(res, url);
    } catch (error) {
      if (!(error instanceof GoogleSignInFailure)) throw error;
      failed(deps, req, res, error);
    }
  });

  routes.get("/auth/google/callback", async (req, res) => {
    const search = new URL(req.originalUrl, "http://callback.invalid").search;
    const browserState = cookieValue(req.headers.cookie, STATE_COOKIE);
    res.clearCookie(STATE_COOKIE, stateCookieOptions(deps));
    try {
      const tokens = await completeGoogleSignIn(deps, search, browserState, requestOriginOf(req));
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

/** The browser half of the state: only the browser that started a sign-in may finish it. */
const STATE_COOKIE = "bp_google_state";

function stateCookieOptions(deps: AppDeps, maxAge?: number): CookieOptions {
  return {
    httpOnly: true,
    // Lax: sent on the provider's top-level redirect back to us, never on cross-site subrequests.
    sameSite: "lax",
    secure: deps.links.baseUrl.startsWith("https:"),
    path: "/api/v1/auth/google",
    ...(maxAge ? { maxAge } : {}),
  };
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("="); // our value is base64url: nothing to decode
  }
  return null;
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
