import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { type FakeAnswer, fakeTrpcFetch } from "../../test/fake-trpc-fetch";
import { statusFixture, versionFixture } from "../../test/fixtures";
import { renderRoutes } from "../../test/render";
import { StatusPage } from "./StatusPage";

const routes = [{ path: "/status", element: <StatusPage /> }];
const unavailable: FakeAnswer = {
  error: { message: "Service temporarily unavailable", appCode: "SERVICE_UNAVAILABLE", httpStatus: 503 },
};

describe("StatusPage", () => {
  it("loads status and version through the typed client", async () => {
    const server = fakeTrpcFetch((procedure) =>
      procedure === "system.status" ? { data: statusFixture() } : { data: versionFixture },
    );
    renderRoutes(routes, "/status", server.fetch);

    expect(screen.getByRole("heading", { level: 1, name: "System status" })).toBeTruthy();
    expect(screen.getByRole("status", { name: "Loading system status" })).toBeTruthy();

    expect((await screen.findByTestId("status-badge")).textContent).toBe("OK");
    expect((await screen.findByTestId("api-version")).textContent).toBe("1.2");
    expect(screen.getByTestId("server-version").textContent).toBe("0.1.0");
    expect(screen.getByTestId("uptime").textContent).toBe("2h 5m");
    expect(screen.getByTestId("db-embedded")).toBeTruthy();
    expect(screen.getByRole("link", { name: /Interactive API docs/ }).getAttribute("href")).toBe("/api/docs");
    expect(screen.getByRole("link", { name: /OpenAPI spec/ }).getAttribute("href")).toBe("/api/openapi.json");
    expect(server.calls.sort()).toEqual(["system.status", "system.version"]);
  });

  it("shows the server's error and recovers on Retry", async () => {
    const server = fakeTrpcFetch((procedure, call) => {
      if (procedure === "system.version") return { data: versionFixture };
      return call === 1 ? unavailable : { data: statusFixture() };
    });
    renderRoutes(routes, "/status", server.fetch);

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not load system status");
    expect(alert.textContent).toContain("Service temporarily unavailable");

    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect((await screen.findByTestId("status-badge")).textContent).toBe("OK");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
