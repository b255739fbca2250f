import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { clearSession, setSession } from "./lib/session";
import { routes } from "./routes";
import { renderRoutes } from "./test/render";

afterEach(() => {
  clearSession();
  setSession({ notice: null });
});

describe("routes", () => {
  it("shows visitors a landing page at / with the ways in, status and API docs", async () => {
    renderRoutes(routes, "/");
    expect(await screen.findByRole("heading", { level: 1, name: "Baseplate" })).toBeTruthy();
    expect(screen.getAllByRole("link", { name: "Sign in" })[0]?.getAttribute("href")).toBe("/login");
    expect(screen.getAllByRole("link", { name: "Create account" })[0]?.getAttribute("href")).toBe("/signup");
    expect(screen.getAllByRole("link", { name: "System status" })[0]?.getAttribute("href")).toBe("/status");
  });

  it("sends signed-in people from / to the app", async () => {
    setSession({ refreshToken: "rt_test" });
    const { router } = renderRoutes(routes, "/");
    await waitFor(() => expect(router.state.location.pathname).toBe("/app"));
  });

  it("shows a 404 for unknown public paths, without the app navigation", () => {
    renderRoutes(routes, "/nowhere");
    expect(screen.getByRole("heading", { name: "Page not found" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to the home page" })).toBeTruthy();
    expect(screen.queryByRole("navigation")).toBeNull();
  });

  it.each([
    "/app",
    "/app/team?x=1",
    "/admin/api-keys",
    "/app/webhooks",
    "/admin/webhooks/deliveries?status=dead",
  ])(
    "sends a signed-out visitor of %s to the login page, remembering where they were going",
    async (path) => {
      const { router } = renderRoutes(routes, path);
      expect(await screen.findByRole("heading", { name: "Log in" })).toBeTruthy();
      expect(router.state.location.pathname).toBe("/login");
      expect(new URLSearchParams(router.state.location.search).get("next")).toBe(path);
    },
  );

  it.each([
    ["/signup", "Create your account"],
    ["/forgot-password", "Reset your password"],
    ["/reset-password", "Choose a new password"],
    ["/verify-email", "Verify your email"],
    ["/invite", "Invitation"],
    ["/auth/callback", "Sign-in failed"],
  ])("serves %s (a path the server's emails and redirects use)", async (path, heading) => {
    renderRoutes(routes, path);
    expect(await screen.findByRole("heading", { level: 1, name: heading })).toBeTruthy();
  });
});

describe("login page", () => {
  it("explains why the user landed there after the session ended", async () => {
    clearSession("session-ended");
    renderRoutes(routes, "/login?next=%2Fapp%2Fteam");
    expect(await screen.findByText("You were signed out")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Create an account" }).getAttribute("href")).toBe(
      "/signup?next=%2Fapp%2Fteam",
    );
    expect(screen.getByRole("link", { name: "Forgot password?" }).getAttribute("href")).toBe(
      "/forgot-password",
    );
  });

  it("explains a failed Google sign-in from the callback's error code", async () => {
    renderRoutes(routes, "/login?error=google_state_invalid");
    expect((await screen.findByRole("alert")).textContent).toContain("started in another browser");
  });

  it("sends a signed-in visitor on to where they were going", async () => {
    setSession({ refreshToken: "rt_test" });
    const { router } = renderRoutes(routes, "/login?next=%2Fstatus");
    expect(await screen.findByRole("heading", { name: "System status" })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/status");
  });
});
