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

  it.each([
    ["/nowhere", "Go to system status", null],
    ["/app/nowhere", "Back to overview", "App navigation"],
    ["/admin/nowhere", "Back to admin overview", "Admin navigation"],
  ])("shows a 404 for %s inside its area's layout", (path, backLabel, navName) => {
    renderRoutes(routes, path);
    expect(screen.getByRole("heading", { name: "Page not found" })).toBeTruthy();
    expect(screen.getByRole("link", { name: backLabel })).toBeTruthy();
    if (navName) expect(screen.getByRole("navigation", { name: navName })).toBeTruthy();
    else expect(screen.queryByRole("navigation")).toBeNull();
  });
});
