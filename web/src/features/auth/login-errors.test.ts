import { describe, expect, it } from "vitest";
import { loginErrorMessage, retryAfterMinutes } from "./login-errors";

function apiError(message: string, data: Record<string, unknown>) {
  return Object.assign(new Error(message), { data });
}

describe("loginErrorMessage", () => {
  it("says the credentials are wrong on 401, whatever the server's wording", () => {
    expect(loginErrorMessage(apiError("Invalid email or password", { httpStatus: 401 }))).toBe(
      "Incorrect email or password.",
    );
  });

  it("turns a lockout into a wait time", () => {
    const locked = apiError("Too many failed sign-in attempts. Try again in 15 minutes.", {
      httpStatus: 429,
    });
    expect(loginErrorMessage(locked)).toBe("Too many attempts. Try again in 15 minutes.");
    const soon = apiError("Slow down", { httpStatus: 429, retryAfterSeconds: 30 });
    expect(loginErrorMessage(soon)).toBe("Too many attempts. Try again in 1 minute.");
    expect(loginErrorMessage(apiError("Slow down", { httpStatus: 429 }))).toBe(
      "Too many attempts. Try again later.",
    );
  });

  it("passes other server messages through and explains network failures", () => {
    expect(loginErrorMessage(apiError("This account has been deactivated", { httpStatus: 403 }))).toBe(
      "This account has been deactivated",
    );
    expect(loginErrorMessage(new TypeError("Failed to fetch"))).toBe("Could not reach the Baseplate server.");
  });
});

describe("retryAfterMinutes", () => {
  it("reads seconds from the message when no number is sent", () => {
    expect(retryAfterMinutes(apiError("Try again in 90 seconds", {}))).toBe(2);
    expect(retryAfterMinutes(apiError("nothing here", {}))).toBeNull();
  });
});
