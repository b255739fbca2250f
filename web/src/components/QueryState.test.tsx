import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderWithUi } from "../test/render";
import { type QueryLike, QueryState } from "./QueryState";

function query(overrides: Partial<QueryLike<string>>): QueryLike<string> {
  return { data: undefined, error: null, isError: false, isFetching: false, refetch: vi.fn(), ...overrides };
}

function renderState(state: QueryLike<string>, loading?: ReactNode) {
  return renderWithUi(
    <QueryState
      query={state}
      loadingLabel="Loading widgets"
      errorTitle="Could not load widgets"
      loading={loading}
    >
      {(data) => <p>Widgets: {data}</p>}
    </QueryState>,
  );
}

describe("QueryState", () => {
  it("shows a labelled busy indicator while loading", () => {
    renderState(query({ isFetching: true }));
    const status = screen.getByRole("status", { name: "Loading widgets" });
    expect(status.getAttribute("aria-busy")).toBe("true");
    expect(screen.queryByText(/Widgets:/)).toBeNull();
  });

  it("uses a custom skeleton when given", () => {
    renderState(query({}), <span>skeleton here</span>);
    expect(screen.getByRole("status", { name: "Loading widgets" }).textContent).toContain("skeleton here");
  });

  it("renders content once data arrives", () => {
    renderState(query({ data: "three" }));
    expect(screen.getByText("Widgets: three")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows the error message and retries via refetch", async () => {
    const refetch = vi.fn();
    renderState(query({ isError: true, error: new Error("Database unavailable"), refetch }));

    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Could not load widgets");
    expect(alert.textContent).toContain("Database unavailable");

    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it("shows field issues of a validation error in words, never its app code", () => {
    const error = Object.assign(new Error("Invalid input"), {
      data: { appCode: "VALIDATION_FAILED", details: [{ field: "name", message: "Required" }] },
    });
    renderState(query({ isError: true, error }));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("name: Required");
    expect(alert.textContent).not.toContain("VALIDATION_FAILED");
  });

  it("keeps stale data visible under the error when a refetch fails", () => {
    renderState(query({ data: "two", isError: true, error: new Error("Timed out") }));
    expect(screen.getByRole("alert").textContent).toContain("Timed out");
    expect(screen.getByText("Widgets: two")).toBeTruthy();
  });
});
