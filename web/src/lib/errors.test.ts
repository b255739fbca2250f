import { describe, expect, it } from "vitest";
import { formErrors, toDisplayError } from "./errors";

describe("toDisplayError", () => {
  it("keeps the server's message, app code and field issues", () => {
    const error = Object.assign(new Error("Invalid input: email: Invalid email"), {
      data: {
        appCode: "VALIDATION_FAILED",
        httpStatus: 400,
        details: [{ field: "email", message: "Invalid email" }],
      },
    });
    expect(toDisplayError(error)).toEqual({
      message: "Invalid input: email: Invalid email",
      appCode: "VALIDATION_FAILED",
      details: [{ field: "email", message: "Invalid email" }],
    });
  });

  it("drops malformed details instead of crashing", () => {
    const error = Object.assign(new Error("Bad"), { data: { details: [{ field: 1 }, "x", null] } });
    expect(toDisplayError(error).details).toEqual([]);
  });

  it.each(["Failed to fetch", "NetworkError when attempting to fetch resource.", "Load failed"])(
    "explains a network failure (%s) in plain words",
    (raw) => {
      expect(toDisplayError(new TypeError(raw)).message).toBe("Could not reach the Baseplate server.");
    },
  );

  it("falls back to a generic message for empty or unknown values", () => {
    expect(toDisplayError(new Error("")).message).toBe("Something went wrong.");
    expect(toDisplayError(undefined)).toEqual({
      message: "Something went wrong.",
      appCode: null,
      details: [],
    });
    expect(toDisplayError("Plain text").message).toBe("Plain text");
  });
});

describe("formErrors", () => {
  const invalid = (field: string) =>
    Object.assign(new Error("Invalid input"), { data: { details: [{ field, message: "Too short" }] } });

  it("puts an issue about one of the form's fields under that field, with no alert", () => {
    expect(formErrors(invalid("password"), ["email", "password"])).toEqual({
      byField: { password: "Too short" },
      formError: null,
    });
  });

  it("leaves anything else for the alert above the form", () => {
    const conflict = new Error("Email already registered");
    expect(formErrors(conflict, ["email"])).toEqual({ byField: {}, formError: conflict });
    const elsewhere = invalid("token");
    expect(formErrors(elsewhere, ["newPassword"]).formError).toBe(elsewhere);
  });

  it("is empty before any failure", () => {
    expect(formErrors(null, ["email"])).toEqual({ byField: {}, formError: null });
  });
});
