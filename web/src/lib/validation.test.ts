import { describe, expect, it } from "vitest";
import { emailProblem, hasProblems, newPasswordProblem, problems, requiredProblem } from "./validation";

describe("form checks before sending", () => {
  it("asks for an email address of the usual shape", () => {
    expect(emailProblem("")).toBe("Enter an email address");
    expect(emailProblem("ada")).toMatch(/valid email/);
    expect(emailProblem("ada@example")).toMatch(/valid email/);
    expect(emailProblem(" ada@example.com ")).toBeUndefined();
  });

  it("mirrors the server's password policy", () => {
    expect(newPasswordProblem("")).toBe("Choose a password");
    expect(newPasswordProblem("abc1")).toBe("Use at least 8 characters");
    expect(newPasswordProblem("abcdefgh")).toBe("Use at least one letter and one number");
    expect(newPasswordProblem("Correct-horse-7")).toBeUndefined();
  });

  it("collects only the fields with a problem", () => {
    const found = problems({ name: requiredProblem(" ", "your name"), email: emailProblem("a@b.co") });
    expect(found).toEqual({ name: "Enter your name" });
    expect(hasProblems(found)).toBe(true);
    expect(hasProblems(problems({ email: undefined }))).toBe(false);
  });
});
