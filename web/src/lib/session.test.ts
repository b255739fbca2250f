import { afterEach, describe, expect, it, vi } from "vitest";
import { clearSession, getSession, isSignedIn, STORAGE_KEYS, setSession, subscribeSession } from "./session";
import { sessionHeaders } from "./trpc";

afterEach(() => {
  clearSession();
  setSession({ tenantId: null, notice: null });
  localStorage.clear();
});

describe("session store", () => {
  it("starts empty and merges updates", () => {
    expect(getSession()).toEqual({ token: null, refreshToken: null, tenantId: null, notice: null });
    setSession({ token: "tok_1" });
    setSession({ tenantId: "ten_1" });
    expect(getSession()).toMatchObject({ token: "tok_1", tenantId: "ten_1" });
  });

  it("keeps the access token in memory only, the refresh token and tenant in storage", () => {
    setSession({ token: "at_1", refreshToken: "rt_1", tenantId: "ten_1" });
    expect(localStorage.getItem(STORAGE_KEYS.refreshToken)).toBe("rt_1");
    expect(localStorage.getItem(STORAGE_KEYS.tenantId)).toBe("ten_1");
    expect(Object.values({ ...localStorage })).not.toContain("at_1");
  });

  it("signing out forgets the tokens but remembers the last tenant as a preference", () => {
    setSession({ token: "at_1", refreshToken: "rt_1", tenantId: "ten_1" });
    clearSession("session-ended");
    expect(getSession()).toEqual({
      token: null,
      refreshToken: null,
      tenantId: "ten_1",
      notice: "session-ended",
    });
    expect(localStorage.getItem(STORAGE_KEYS.refreshToken)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEYS.tenantId)).toBe("ten_1");
    expect(isSignedIn(getSession())).toBe(false);
  });

  it("counts a stored refresh token as signed in (the access token comes back on the first call)", () => {
    setSession({ refreshToken: "rt_1" });
    expect(isSignedIn(getSession())).toBe(true);
  });

  it("follows another tab: a rotated refresh token is adopted, a sign-out signs this tab out", () => {
    setSession({ token: "at_1", refreshToken: "rt_1" });
    const key = STORAGE_KEYS.refreshToken;
    window.dispatchEvent(new StorageEvent("storage", { key, oldValue: "rt_1", newValue: "rt_2" }));
    expect(getSession()).toMatchObject({ token: "at_1", refreshToken: "rt_2" });

    window.dispatchEvent(new StorageEvent("storage", { key, oldValue: "rt_2", newValue: null }));
    expect(getSession()).toMatchObject({ token: null, refreshToken: null, notice: "signed-out" });
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
