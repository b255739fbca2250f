import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { routes } from "./routes";
import { renderRoutes } from "./test/render";

describe("routes", () => {
  it("redirects / to the status page", async () => {
    const { router } = renderRoutes(routes, "/");
    expect(await screen.findByRole("heading", { name: "System status" })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/status");
  });

  it("shows a 404 for unknown public paths, without the app navigation", () => {
    renderRoutes(routes, "/nowhere");
    expect(screen.getByRole("heading", { name: "Page not found" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to system status" })).toBeTruthy();
    expect(screen.queryByRole("navigation")).toBeNull();
  });

  it.each(["/app", "/app/team?x=1", "/admin/api-keys"])(
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
