import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { statusFixture } from "../../test/fixtures";
import { renderWithUi } from "../../test/render";
import { StatusChecks } from "./StatusChecks";
import { StatusOverviewCard } from "./StatusOverviewCard";

describe("StatusChecks", () => {
  it("shows database latency and the embedded PostgreSQL label", () => {
    renderWithUi(<StatusChecks checks={statusFixture().checks} />);
    const db = screen.getByTestId("db-check");
    expect(within(db).getByRole("heading", { name: "Database" })).toBeTruthy();
    expect(within(db).getByText("OK")).toBeTruthy();
    expect(screen.getByTestId("db-latency").textContent).toBe("3.2 ms");
    expect(screen.getByTestId("db-embedded").textContent).toBe("embedded PostgreSQL");
    expect(within(screen.getByTestId("jobs-check")).getByText("Running")).toBeTruthy();
  });

  it("reports a failing external database with its error, and disabled workers", () => {
    const checks = {
      database: { ok: false, latencyMs: 1500, embedded: false, error: "connection refused" },
      jobs: { ok: false, workers: "disabled" as const },
    };
    renderWithUi(<StatusChecks checks={checks} />);
    const db = screen.getByTestId("db-check");
    expect(within(db).getByText("Failing")).toBeTruthy();
    expect(within(db).getByText("PostgreSQL")).toBeTruthy();
    expect(screen.queryByTestId("db-embedded")).toBeNull();
    expect(screen.getByTestId("db-error").textContent).toBe("connection refused");
    expect(within(screen.getByTestId("jobs-check")).getByText("Disabled")).toBeTruthy();
    expect(screen.getByTestId("jobs-workers").getAttribute("data-workers")).toBe("disabled");
  });
});

describe("StatusOverviewCard", () => {
  it("shows the verdict, node and human uptime", () => {
    renderWithUi(<StatusOverviewCard status={statusFixture({ status: "degraded" })} />);
    const badge = screen.getByTestId("status-badge");
    expect(badge.textContent).toBe("Degraded");
    expect(badge.getAttribute("data-status")).toBe("degraded");
    expect(screen.getByText("Some checks are failing")).toBeTruthy();
    expect(screen.getByTestId("node-id").textContent).toBe("node-7f3a");
    expect(screen.getByTestId("uptime").textContent).toBe("2h 5m");
  });

  it("shows only the verdict to anonymous visitors, who get no node or uptime", () => {
    renderWithUi(<StatusOverviewCard status={{ status: "ok", version: "0.1.0", apiVersion: "1.2" }} />);
    expect(screen.getByText("All systems operational")).toBeTruthy();
    expect(screen.queryByTestId("node-id")).toBeNull();
    expect(screen.queryByTestId("uptime")).toBeNull();
  });
});
