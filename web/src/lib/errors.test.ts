import { describe, expect, it } from "vitest";
import { toDisplayError } from "./errors";

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
