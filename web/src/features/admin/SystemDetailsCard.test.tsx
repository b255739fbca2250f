import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { statusFixture } from "../../test/fixtures";
import { renderWithUi } from "../../test/render";
import { SystemDetailsCard } from "./SystemDetailsCard";

describe("SystemDetailsCard", () => {
  it("lists node, uptime, database and workers for operators", () => {
    renderWithUi(<SystemDetailsCard status={statusFixture({ uptimeSeconds: 90_061 })} />);
    expect(screen.getByRole("heading", { name: "Runtime" })).toBeTruthy();
    expect(screen.getByTestId("admin-node").textContent).toBe("node-7f3a");
    expect(screen.getByTestId("admin-uptime").textContent).toBe("1d 1h (90,061 s)");
    expect(screen.getByTestId("admin-db").textContent).toContain("3.2 ms");
    expect(screen.getByTestId("admin-db").textContent).toContain("embedded PostgreSQL");
    expect(screen.getByTestId("admin-workers").textContent).toBe("Running");
  });

  it("shows a database error and disabled workers", () => {
    const status = statusFixture({
      status: "degraded",
      checks: {
        database: { ok: false, latencyMs: 0, embedded: false, error: "timeout" },
        jobs: { ok: false, workers: "disabled" },
      },
    });
    renderWithUi(<SystemDetailsCard status={status} />);
    expect(screen.getByTestId("status-badge").textContent).toBe("Degraded");
    expect(screen.getByTestId("admin-db").textContent).toContain("external PostgreSQL");
    expect(screen.getByTestId("admin-db").textContent).toContain("timeout");
    expect(screen.getByTestId("admin-workers").textContent).toBe("Disabled");
  });
});
