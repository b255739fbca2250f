import { describe, expect, it } from "vitest";
import { appPath, isHttpUrl } from "./links";

describe("appPath", () => {
  const origin = "http://127.0.0.1:4000";

  it("turns a link on this site into an in-app path", () => {
    expect(appPath("http://127.0.0.1:4000/invite?token=abc", origin)).toBe("/invite?token=abc");
    expect(appPath("/app/team", origin)).toBe("/app/team");
  });

  it("leaves links to other sites (or other ports) alone", () => {
    expect(appPath("https://example.com/invite?token=abc", origin)).toBeNull();
    expect(appPath("http://127.0.0.1:5000/app", origin)).toBeNull();
    expect(appPath("javascript:alert(1)", origin)).toBeNull();
  });
});

describe("isHttpUrl", () => {
  it("accepts only absolute http(s) links", () => {
    expect(isHttpUrl("https://example.com/x")).toBe(true);
    expect(isHttpUrl("http://127.0.0.1:4000/")).toBe(true);
    expect(isHttpUrl("javascript:alert(1)")).toBe(false);
    expect(isHttpUrl("data:text/html,hi")).toBe(false);
    expect(isHttpUrl("/relative")).toBe(false);
  });
});
