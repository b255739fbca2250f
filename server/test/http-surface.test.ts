import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { callerWith, signUp } from "./support/auth.js";
import { type Json, json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

function expectStandardHeaders(response: Response) {
  expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  expect(response.headers.get("x-api-version")).toBe("1.2");
}

describe("health and version", () => {
  it("GET /health answers ok after checking the database", async () => {
    const response = await app().http("/health");
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ status: "ok" });
    expectStandardHeaders(response);
  });

  it("serves the version over REST and tRPC from one procedure", async () => {
    const rest = await app().http("/api/v1/version");
    expect(rest.status).toBe(200);
    const body = await json(rest);
    expect(body).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), apiVersion: "1.2" });
    expect(await app().caller().system.version()).toEqual(body);
  });

  it("tells anonymous callers only whether the service is up", async () => {
    const status = await app().caller().system.status();
    expect(status).toEqual({ status: "ok", version: expect.any(String), apiVersion: "1.2" });
    const rest = await json(await app().http("/api/v1/status"));
    expect(Object.keys(rest).sort()).toEqual(["apiVersion", "status", "version"]);
  });

  it("reports node, uptime and dependency checks to platform admins only", async () => {
    const operator = await signUp(app()); // the first account of a fresh database is the root owner
    const member = await signUp(app());
    const status = await callerWith(app(), operator.accessToken).system.status();
    expect(status.checks?.database.ok).toBe(true);
    expect(status.checks?.database.embedded).toBe(false);
    expect(status.checks?.jobs.workers).toBe("running");
    expect(status.node).toEqual(expect.any(String));
    const forMember = await callerWith(app(), member.accessToken).system.status();
    expect(forMember.checks).toBeUndefined();
    const withBadToken = await app().http("/api/v1/status", { headers: { Authorization: "Bearer nope" } });
    expect(withBadToken.status).toBe(200);
    expect((await json(withBadToken)).checks).toBeUndefined();
  });
});

describe("request identity headers", () => {
  it("echoes a valid incoming X-Request-ID", async () => {
    const response = await app().http("/api/v1/version", {
      headers: { "X-Request-ID": "client-trace-0001" },
    });
    expect(response.headers.get("x-request-id")).toBe("client-trace-0001");
  });

  it("replaces an unsafe X-Request-ID with a generated one", async () => {
    const response = await app().http("/health", { headers: { "X-Request-ID": "bad id\twith spaces" } });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sets both headers on errors, tRPC calls and docs", async () => {
    for (const path of ["/api/v1/nope", "/trpc/system.version", "/api/openapi.json", "/nowhere/at/all"]) {
      expectStandardHeaders(await app().http(path, { headers: { Accept: "application/json" } }));
    }
  });
});

describe("REST errors", () => {
  it("rejects an invalid body with 400 naming the field, and logs nothing as received", async () => {
    const response = await app().http("/api/v1/system/client-errors", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ message: "boom", url: "not a url" }),
    });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.error).toContain("url");
    expect(body.details).toEqual([{ field: "url", message: expect.any(String) }]);
    expect(Object.keys(body).sort()).toEqual(["code", "details", "error"]);
  });

  it("accepts a valid body on the same route, whatever the JSON charset parameter", async () => {
    const response = await app().http("/api/v1/system/client-errors", {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8" },
      body: JSON.stringify({ message: "boom", url: "http://localhost:3000/app" }),
    });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ received: true });
  });

  it("rejects malformed JSON with 400 in the same shape", async () => {
    const response = await app().http("/api/v1/system/client-errors", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body).toEqual({ error: "Request body is not valid JSON", code: "BAD_REQUEST" });
  });

  it("answers unknown API routes with 404 in the same shape", async () => {
    for (const path of ["/api/v1/does-not-exist", "/api/other"]) {
      const response = await app().http(path);
      expect(response.status).toBe(404);
      expect(await json(response)).toEqual({ error: expect.stringContaining(path), code: "NOT_FOUND" });
    }
  });

  it("answers a wrong method on a known path with 404/405 in the same shape", async () => {
    const response = await app().http("/api/v1/version", { method: "DELETE" });
    expect([404, 405]).toContain(response.status);
    expect(await json(response)).toMatchObject({ code: expect.any(String), error: expect.any(String) });
  });
});

describe("tRPC errors", () => {
  it("maps validation failures to 400 with our code and field details", async () => {
    const response = await app().http("/trpc/system.reportClientError", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ message: "", url: "http://x.test" }),
    });
    expect(response.status).toBe(400);
    const { error } = await json(response);
    expect(error.data).toMatchObject({ appCode: "VALIDATION_FAILED", httpStatus: 400 });
    expect(error.data.details[0].field).toBe("message");
    expect(error.data.stack).toBeUndefined();
  });

  it("rejects the same input through the in-process caller", async () => {
    await expect(
      app().caller().system.reportClientError({ message: "x", url: "nope" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("OpenAPI document and docs", () => {
  it("is a valid OpenAPI 3.1 document listing the REST procedures", async () => {
    const response = await app().http("/api/openapi.json");
    const document = await json(response);
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/version", "/status", "/system/client-errors"]),
    );
    for (const [name, schema] of Object.entries<Json>(document.components.schemas)) {
      if (name.startsWith("error.")) expect(schema.required, name).toEqual(["error", "code"]);
    }
    expect(document.paths["/version"].get.security).toBeUndefined();
    const result = await validate(document);
    expect(result.valid, JSON.stringify(result)).toBe(true);
  });

  it("serves the interactive docs page and its assets locally", async () => {
    const page = await app().http("/api/docs/");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("swagger-ui");
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg)/);
    const script = await app().http("/api/docs/swagger-ui-bundle.js");
    expect(script.status).toBe(200);
  });
});
