import { describe, expect, it } from "vitest";
import { loginPath, pathWithNext, safeNext } from "./navigation";

describe("safeNext", () => {
  it("follows paths on this site, query included", () => {
    expect(safeNext("/app/team")).toBe("/app/team");
    expect(safeNext("/invite?token=abc")).toBe("/invite?token=abc");
  });

  it.each([null, undefined, "", "app", "//evil.example/x", "/\\evil.example", "https://evil.example"])(
    "refuses %s (open redirect or empty)",
    (next) => {
      expect(safeNext(next)).toBe("/app");
    },
  );
});

describe("loginPath", () => {
  it("encodes where to come back to", () => {
    expect(loginPath("/invite?token=a&b=c")).toBe("/login?next=%2Finvite%3Ftoken%3Da%26b%3Dc");
    expect(loginPath()).toBe("/login");
  });
});

describe("pathWithNext", () => {
  it("adds an encoded `next` only when there is one", () => {
    expect(pathWithNext("/signup", "/app/team")).toBe("/signup?next=%2Fapp%2Fteam");
    expect(pathWithNext("/signup", null)).toBe("/signup");
    expect(pathWithNext("/signup", "")).toBe("/signup");
  });
});
