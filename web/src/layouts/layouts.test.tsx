import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { isActivePath } from "../components/NavList";
import { clearSession, setSession } from "../lib/session";
import { renderRoutes } from "../test/render";
import { AdminLayout } from "./AdminLayout";
import { AppLayout } from "./AppLayout";
import { appNavFor } from "./navigation";
import { PublicLayout } from "./PublicLayout";

const routes = [
  { path: "/app", element: <AppLayout />, children: [{ index: true, element: <p>app home</p> }] },
  { path: "/admin", element: <AdminLayout />, children: [{ index: true, element: <p>admin home</p> }] },
  { element: <PublicLayout />, children: [{ path: "/status", element: <p>status body</p> }] },
];

function hrefOf(container: HTMLElement, name: string) {
  return within(container).getByRole("link", { name }).getAttribute("href");
}

describe("AppLayout", () => {
  it("renders the page inside a shell with the tenant navigation", () => {
    renderRoutes(routes, "/app");
    expect(screen.getByText("app home")).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "App navigation" });
    const overview = within(nav).getByRole("link", { name: "Overview" });
    expect(overview.getAttribute("href")).toBe("/app");
    expect(overview.getAttribute("aria-current")).toBe("page");
    expect(hrefOf(nav, "Team")).toBe("/app/team");
    expect(hrefOf(nav, "Messages")).toBe("/app/messages");
    expect(hrefOf(nav, "Account")).toBe("/app/account");
    expect(hrefOf(nav, "API docs")).toBe("/api/docs");
    expect(hrefOf(nav, "OpenAPI spec")).toBe("/api/openapi.json");
    expect(hrefOf(nav, "System status")).toBe("/status");
    expect(screen.queryByText("Admin console")).toBeNull();
    // Without a role in the team (the profile has not loaded here) webhooks are not offered.
    expect(within(nav).queryByRole("link", { name: "Webhooks" })).toBeNull();
  });

  it("offers webhooks, after billing, to the team's owners and admins only", () => {
    const labels = (role: Parameters<typeof appNavFor>[0]) => appNavFor(role).map((item) => item.label);
    expect(labels("owner")).toEqual(["Overview", "Team", "Messages", "Billing", "Webhooks", "Account"]);
    expect(labels("admin")).toContain("Webhooks");
    expect(labels("user")).not.toContain("Webhooks");
    expect(appNavFor("admin").find((item) => item.label === "Webhooks")?.to).toBe("/app/webhooks");
  });

  it("opens the navigation from the burger on small screens", async () => {
    renderRoutes(routes, "/app");
    await userEvent.click(screen.getByRole("button", { name: "Open navigation" }));
    expect(screen.getByRole("button", { name: "Close navigation" })).toBeTruthy();
  });
});

describe("AdminLayout", () => {
  it("labels itself as the admin console and lists admin pages", () => {
    renderRoutes(routes, "/admin");
    expect(screen.getByText("admin home")).toBeTruthy();
    expect(screen.getByTestId("admin-badge").textContent).toBe("Admin console");
    const nav = screen.getByRole("navigation", { name: "Admin navigation" });
    expect(within(nav).getByRole("link", { name: "Overview" }).getAttribute("aria-current")).toBe("page");
    expect(hrefOf(nav, "Overview")).toBe("/admin");
    expect(hrefOf(nav, "API keys")).toBe("/admin/api-keys");
    expect(hrefOf(nav, "Webhooks")).toBe("/admin/webhooks");
    expect(hrefOf(nav, "Dev mailbox")).toBe("/admin/mailbox");
    expect(screen.getByRole("link", { name: "Baseplate home" }).getAttribute("href")).toBe("/admin");
  });
});

describe("PublicLayout", () => {
  afterEach(() => clearSession());

  it("offers log in and sign up to visitors", () => {
    renderRoutes(routes, "/status");
    expect(screen.getByRole("link", { name: "Log in" }).getAttribute("href")).toBe("/login");
    expect(screen.getByRole("link", { name: "Sign up" }).getAttribute("href")).toBe("/signup");
    expect(screen.queryByRole("link", { name: "Open app" })).toBeNull();
  });

  it("has the brand, a way into the app and the API docs once signed in", () => {
    setSession({ refreshToken: "rt_test" });
    renderRoutes(routes, "/status");
    expect(screen.getByText("status body")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Open app" }).getAttribute("href")).toBe("/app");
    const docs = screen.getAllByRole("link", { name: "API docs" });
    expect(docs.every((link) => link.getAttribute("href") === "/api/docs")).toBe(true);
    expect(screen.queryByRole("navigation")).toBeNull();
  });
});

describe("isActivePath", () => {
  it("matches the page and, unless `end`, pages below it", () => {
    expect(isActivePath("/app", "/app", true)).toBe(true);
    expect(isActivePath("/app/", "/app", true)).toBe(true);
    expect(isActivePath("/app/teams", "/app", true)).toBe(false);
    expect(isActivePath("/app/teams/1", "/app/teams")).toBe(true);
    expect(isActivePath("/app/teamsx", "/app/teams")).toBe(false);
  });
});
