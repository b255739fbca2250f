import { afterEach, describe, expect, it, vi } from "vitest";
import { clearSession, getSession, setSession, subscribeSession } from "./session";
import { sessionHeaders } from "./trpc";

afterEach(() => clearSession());

describe("session store", () => {
  it("starts empty and merges updates", () => {
    expect(getSession()).toEqual({ token: null, tenantId: null });
    setSession({ token: "tok_1" });
    setSession({ tenantId: "ten_1" });
    expect(getSession()).toEqual({ token: "tok_1", tenantId: "ten_1" });
  });

  it("notifies subscribers until they unsubscribe", () => {
    const listener = vi.fn();
    const unsubscribe = subscribeSession(listener);
    setSession({ token: "a" });
    unsubscribe();
    setSession({ token: "b" });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe("sessionHeaders", () => {
  it("sends nothing for an anonymous session", () => {
    expect(sessionHeaders({ token: null, tenantId: null })).toEqual({});
  });

  it("sends the bearer token and the tenant when set", () => {
    expect(sessionHeaders({ token: "tok_1", tenantId: "ten_1" })).toEqual({
      Authorization: "Bearer tok_1",
      "X-Tenant-ID": "ten_1",
    });
  });
});
