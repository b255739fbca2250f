import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { toPublicError } from "../src/lib/errors.js";
import { createContextInner } from "../src/trpc/context.js";
import { router } from "../src/trpc/init.js";
import { publicProcedure } from "../src/trpc/procedures.js";
import { callerWith, PASSWORD, signUp, uniqueEmail } from "./support/auth.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

/** A stand-in for the built web UI, so the static-file routes are mounted. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), "bp-web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(dir, "assets", "app.js"), "console.log('app')");
  return dir;
}

const app = useTestApp({
  env: { WEB_DIST_DIR: fakeWebDist(), RATE_LIMIT_CLIENT_ERRORS_PER_IP_PER_MINUTE: "3" },
});
/** The first account of a fresh database: the root owner (platform admin). */
let operator: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  operator = await signUp(app());
});

function post(path: string, body: string | Buffer, headers: Record<string, string> = {}) {
  return app().http(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
  });
}

const signupBody = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ email: uniqueEmail(), password: PASSWORD, displayName: "Jane Doe", ...overrides });

/** `{"a":{"a":...}}` nested `depth` levels: well under 1 MB, deep enough to overflow recursion. */
function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

describe("bodies: media types, encodings, limits", () => {
  for (const path of ["/api/v1/auth/signup", "/trpc/auth.signup"]) {
    it(`${path}: a non-UTF-8 JSON charset is 415 with a balanced message`, async () => {
      const response = await post(path, signupBody(), {
        "Content-Type": "application/json; charset=iso-8859-1",
      });
      expect(response.status).toBe(415);
      const text = await response.text();
      expect(text).toContain('Unsupported charset \\"iso-8859-1\\"');
    });

    it(`${path}: text/plain is 415 naming the type`, async () => {
      const response = await post(path, signupBody(), { "Content-Type": "text/plain" });
      expect(response.status).toBe(415);
      expect(await response.text()).toContain('Unsupported Content-Type \\"text/plain\\"');
    });

    it(`${path}: an unknown Content-Encoding is 415`, async () => {
      const response = await post(path, signupBody(), { "Content-Encoding": "zstd-ish" });
      expect(response.status).toBe(415);
    });

    it(`${path}: a corrupt gzip or deflate body is 400; a valid gzip body works`, async () => {
      for (const encoding of ["gzip", "deflate"]) {
        const response = await post(path, Buffer.from("not compressed at all"), {
          "Content-Encoding": encoding,
        });
        expect(response.status, encoding).toBe(400);
      }
      const ok = await post(path, gzipSync(signupBody()), { "Content-Encoding": "gzip" });
      expect(ok.status).toBe(200);
    });

    it(`${path}: JSON nested 5,000 levels deep is 400`, async () => {
      const response = await post(path, deepJson(5000));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("nested too deeply");
    });

    it(`${path}: a body over 1 MB is 413`, async () => {
      const response = await post(path, signupBody({ displayName: "x".repeat(1_100_000) }));
      expect(response.status).toBe(413);
    });
  }

  it("a deep tRPC GET input is 400 too", async () => {
    const input = encodeURIComponent(deepJson(500)); // deeper would exceed the URL size limit (431)
    const response = await app().http(`/trpc/system.version?input=${input}`);
    expect(response.status).toBe(400);
  });

  it("caps a tRPC batch with a clear error, and accepts one at the cap", async () => {
    const batch = (size: number) =>
      app().http(`/trpc/${Array.from({ length: size }, () => "system.version").join(",")}?batch=1&input={}`);
    const over = await batch(11);
    expect(over.status).toBe(400);
    const results = await json(over);
    expect(results).toHaveLength(11);
    expect(results[0].error.message).toBe("A batch may hold at most 10 calls; this one has 11");
    expect((await batch(10)).status).toBe(200);
  });
});

describe("NUL characters are refused at the edge, naming the field", () => {
  it("on signup over REST and tRPC, creating nothing", async () => {
    const email = uniqueEmail("nul");
    for (const path of ["/api/v1/auth/signup", "/trpc/auth.signup"]) {
      const response = await post(path, signupBody({ email, displayName: "a\u0000b" }));
      expect(response.status, path).toBe(400);
      expect(await response.text()).toContain("displayName");
    }
    expect(await app().db.user.count({ where: { email } })).toBe(0);
  });

  it("on PATCH /auth/me, tRPC updateProfile and an API key name", async () => {
    const response = await app().http("/api/v1/auth/me", {
      method: "PATCH",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${operator.accessToken}` },
      body: JSON.stringify({ displayName: "bad\u0000name" }),
    });
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({
      code: "VALIDATION_FAILED",
      details: [{ field: "displayName", message: "must not contain NUL characters" }],
    });
    const caller = callerWith(app(), operator.accessToken);
    await expect(caller.auth.updateProfile({ displayName: "x\u0000" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const keyResponse = await app().http("/api/v1/admin/api-keys", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${operator.accessToken}` },
      body: JSON.stringify({ name: "ci\u0000", authority: "user" }),
    });
    expect(keyResponse.status).toBe(400);
    expect((await caller.auth.me()).user.displayName).toBe("Jane Doe");
    expect(await app().db.apiKey.count({ where: { name: { startsWith: "ci" } } })).toBe(0);
  });

  it("in query strings too", async () => {
    const response = await app().http("/trpc/system.version?input=%22a%5Cu0000b%22");
    expect(response.status).toBe(400);
  });
});

describe("methods", () => {
  it("a wrong method on a REST path is 405 with Allow, in our error shape", async () => {
    const response = await app().http("/api/v1/version", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await json(response)).toEqual({
      error: expect.stringContaining("DELETE"),
      code: "METHOD_NOT_ALLOWED",
    });
    const templated = await app().http("/api/v1/tenant/members/00000000-0000-4000-8000-000000000000", {
      method: "GET",
    });
    expect(templated.status).toBe(405);
    expect(templated.headers.get("allow")).toBe("DELETE, OPTIONS");
  });

  it("HEAD works wherever GET does: REST, tRPC queries and pages", async () => {
    for (const path of ["/api/v1/version", "/trpc/system.version", "/app", "/assets/app.js"]) {
      const response = await app().http(path, { method: "HEAD" });
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe("");
    }
  });

  it("OPTIONS answers 204 with Allow on REST and tRPC paths", async () => {
    for (const [path, allow] of [
      ["/api/v1/auth/login", "POST, OPTIONS"],
      ["/trpc/auth.login", "GET, HEAD, POST, OPTIONS"],
    ] as const) {
      const response = await app().http(path, { method: "OPTIONS" });
      expect(response.status, path).toBe(204);
      expect(response.headers.get("allow")).toBe(allow);
    }
  });

  it("tRPC refuses PUT with 405 and pages refuse POST with 405", async () => {
    const trpc = await app().http("/trpc/auth.login", { method: "PUT" });
    expect(trpc.status).toBe(405);
    expect(trpc.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
    const page = await app().http("/app/team", { method: "POST" });
    expect(page.status).toBe(405);
  });
});

describe("static files of the web UI", () => {
  it("answers a missing asset 404, the assets directory 404 and a broken escape 400, never 500", async () => {
    for (const [path, status] of [
      ["/assets/nope.js", 404],
      ["/assets/", 404],
      ["/assets/%E0%A4%A", 400],
    ] as const) {
      const response = await app().http(path);
      expect(response.status, path).toBe(status);
      expect((await json(response)).code).toBe(status === 404 ? "NOT_FOUND" : "BAD_REQUEST");
    }
  });
});

describe("security headers", () => {
  it("every surface carries CSP, nosniff, no framing and no referrer", async () => {
    for (const path of ["/", "/app", "/api/v1/version", "/api/docs/", "/trpc/system.version", "/api/nope"]) {
      const response = await app().http(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("no response that can carry tokens may be stored", async () => {
    const email = uniqueEmail();
    await signUp(app(), { email });
    const rest = await post("/api/v1/auth/login", JSON.stringify({ email, password: PASSWORD }));
    const trpc = await post("/trpc/auth.login", JSON.stringify({ email, password: PASSWORD }));
    for (const response of [rest, trpc]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});

describe("server bugs are 500s, not client errors", () => {
  it("an output validation failure is a 500 without internals", async () => {
    const broken = router({
      wrong: publicProcedure
        .output(z.object({ count: z.number() }))
        .query(() => ({ count: "many" }) as never),
    });
    const error = await broken
      .createCaller(createContextInner(app().deps))
      .wrong()
      .catch((caught: unknown) => caught);
    expect(toPublicError(error)).toEqual({ status: 500, code: "INTERNAL", error: "Internal server error" });
  });
});

describe("credentials and abuse limits", () => {
  it("API keys cannot use /auth/me nor mint keys", async () => {
    const { rawKey } = await callerWith(app(), operator.accessToken).admin.apiKeys.create({
      name: "automation",
      authority: "admin",
    });
    const headers = { Authorization: `Bearer ${rawKey}`, "Content-Type": "application/json" };
    expect((await app().http("/api/v1/auth/me", { headers })).status).toBe(403);
    const mint = await app().http("/api/v1/admin/api-keys", {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "child", authority: "admin" }),
    });
    expect(mint.status).toBe(403);
    expect(await app().db.apiKey.count({ where: { name: "child" } })).toBe(0);
  });

  it("limits anonymous client error reports per IP", async () => {
    const report = () =>
      post("/api/v1/system/client-errors", JSON.stringify({ message: "boom", url: "http://x.test/" }));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await report()).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("limits password changes per user", async () => {
    const user = await signUp(app());
    const caller = callerWith(app(), user.accessToken);
    const attempts = [];
    for (let i = 0; i < 11; i++) {
      attempts.push(
        await caller.auth
          .changePassword({ currentPassword: "wrong-password", newPassword: "an0ther-Passw0rd" })
          .then(() => "changed")
          .catch((error: { code: string }) => error.code),
      );
    }
    expect(attempts.slice(0, 10).every((code) => code === "BAD_REQUEST")).toBe(true);
    expect(attempts[10]).toBe("TOO_MANY_REQUESTS");
  });
});
