import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithUi } from "../../test/render";
import { homeFor, NotFoundPage } from "./NotFoundPage";

describe("NotFoundPage", () => {
  it("names the missing path and links back home", () => {
    renderWithUi(<NotFoundPage />, { path: "/no/such/page" });
    expect(screen.getByRole("heading", { level: 1, name: "Page not found" })).toBeTruthy();
    expect(screen.getByText("/no/such/page")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to the home page" }).getAttribute("href")).toBe("/");
    expect(document.title).toBe("Page not found · Baseplate");
  });

  it("leads back to the area the user was in", () => {
    expect(homeFor("/app/teams/x")).toEqual({ to: "/app", label: "Back to overview" });
    expect(homeFor("/admin/nope")).toEqual({ to: "/admin", label: "Back to admin overview" });
    expect(homeFor("/application")).toEqual({ to: "/", label: "Go to the home page" });
    expect(homeFor("/application", true)).toEqual({ to: "/app", label: "Go to the app" });
  });
});
