import { describe, expect, it } from "vitest";
import { InvalidConfigError, loadEnv } from "../src/lib/env.js";

describe("configuration", () => {
  it("applies defaults for an empty environment", () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.JOBS_ENABLED).toBe(true);
  });

  it("lists every invalid variable in one clear error", () => {
    let thrown: unknown;
    try {
      loadEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidConfigError);
    const message = (thrown as Error).message;
    expect(message).toContain("PORT");
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("LOG_LEVEL");
  });

  it("refuses production without SMTP_URL: mail would only be captured, links and all", () => {
    const production = {
      NODE_ENV: "production",
      JWT_SECRET: "production-secret-that-is-long-enough-0123",
      PUBLIC_URL: "https://app.example.com",
      METRICS_TOKEN: "metrics-token-0123456789",
      WEBHOOK_SECRET_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    };
    expect(() => loadEnv(production)).toThrow(/SMTP_URL: is required in production/);
    expect(loadEnv({ ...production, SMTP_URL: "smtp://mail.example.com:587" }).SMTP_URL).toBeDefined();
  });

  it("refuses production without WEBHOOK_SECRET_KEY, or with private webhook targets allowed", () => {
    const production = {
      NODE_ENV: "production",
      JWT_SECRET: "production-secret-that-is-long-enough-0123",
      PUBLIC_URL: "https://app.example.com",
      SMTP_URL: "smtp://mail.example.com:587",
      METRICS_TOKEN: "metrics-token-0123456789",
    };
    expect(() => loadEnv(production)).toThrow(/WEBHOOK_SECRET_KEY: is required in production/);
    const key = { WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString("base64") };
    expect(loadEnv({ ...production, ...key }).WEBHOOK_ALLOW_PRIVATE_TARGETS).toBe(false);
    expect(() => loadEnv({ ...production, ...key, WEBHOOK_ALLOW_PRIVATE_TARGETS: "true" })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE_TARGETS: must not be set in production/,
    );
  });

  it("refuses production without METRICS_TOKEN: /metrics would be open to anyone", () => {
    const production = {
      NODE_ENV: "production",
      JWT_SECRET: "production-secret-that-is-long-enough-0123",
      PUBLIC_URL: "https://app.example.com",
      SMTP_URL: "smtp://mail.example.com:587",
      WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString("base64"),
    };
    expect(() => loadEnv(production)).toThrow(/METRICS_TOKEN: is required in production/);
    expect(loadEnv({ ...production, METRICS_TOKEN: "metrics-token-0123456789" }).METRICS_TOKEN).toBeDefined();
  });

  it("treats empty strings as unset", () => {
    expect(loadEnv({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });
});
