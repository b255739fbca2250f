import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/trpc/router.js";
import { callerWith, PASSWORD, signUp } from "./support/auth.js";
import { type Json, json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

/**
 * Every REST operation of the OpenAPI document and every tRPC procedure, sent what an attacker or
 * a broken client would send: none of it may be a 5xx. New routes are swept automatically.
 */
const app = useTestApp({ env: { TRPC_MAX_BATCH_SIZE: "10" } });

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
}

const PATH_VALUES = [
  "x",
  "%00",
  "%E0%A4%A",
  "a".repeat(2000),
  "00000000-0000-4000-8000-000000000000",
  "..%2F..",
];
const DEEP = `${"[".repeat(3000)}${"]".repeat(3000)}`;

/** Bodies and content headers a client should never send; each must be a clean 4xx or a 2xx. */
const BAD_BODIES: { body: string | Buffer; headers?: Record<string, string> }[] = [
  { body: "{not json" },
  { body: "[]" },
  { body: "null" },
  { body: '"a string"' },
  { body: "12345678901234567890" },
  { body: DEEP },
  { body: JSON.stringify({ a: "\u0000" }) },
  { body: "{}", headers: { "Content-Type": "application/json; charset=iso-8859-1" } },
  { body: "{}", headers: { "Content-Type": "text/plain" } },
  { body: "{}", headers: { "Content-Type": "application/x-www-form-urlencoded" } },
  { body: "{}", headers: { "Content-Encoding": "compress" } },
  { body: Buffer.from("garbage"), headers: { "Content-Encoding": "gzip" } },
  { body: gzipSync(DEEP), headers: { "Content-Encoding": "gzip" } },
  { body: Buffer.from([0xff, 0xfe, 0x00, 0x7b]) },
];

/** A body for the operation's schema with every string field set to `value`, other fields wrong-typed. */
function fieldsBody(schema: Json, value: unknown): string {
  const properties = Object.keys(schema?.properties ?? { name: {} });
  return JSON.stringify(Object.fromEntries(properties.map((name) => [name, value])));
}

let operations: (Operation & { schema: Json })[] = [];
let operatorToken = "";
let adminKey = "";

beforeAll(async () => {
  const document = await json(await app().http("/api/openapi.json"));
  operations = Object.entries<Json>(document.paths).flatMap(([path, item]) =>
    Object.entries<Json>(item).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      hasBody: operation.requestBody !== undefined,
      schema: operation.requestBody?.content?.["application/json"]?.schema,
    })),
  );
  const operator = await signUp(app(), { email: "sweep-operator@example.test" }); // root owner
  operatorToken = operator.accessToken;
  adminKey = (
    await callerWith(app(), operatorToken).admin.apiKeys.create({ name: "sweep", authority: "admin" })
  ).rawKey;
});

/** Fresh credentials per operation: a sweep of logout or revoke-others must not blind the rest. */
async function credentialsFor(): Promise<Record<string, string>[]> {
  const { accessToken } = await app()
    .caller()
    .auth.login({ email: "sweep-operator@example.test", password: PASSWORD });
  return [
    {},
    { Authorization: "Bearer not-a-token" },
    { Authorization: `Bearer ${accessToken}` },
    { Authorization: `Bearer ${accessToken}`, "X-Tenant-ID": "%00-not-a-uuid" },
    { Authorization: `Bearer ${adminKey}` },
  ];
}

function expand(path: string, value: string): string {
  return `/api/v1${path.replace(/\{[^}]+\}/g, value)}`;
}

async function expectNo5xx(label: string, response: Promise<Response>) {
  const result = await response;
  const text = await result.text();
  expect(result.status, `${label} → ${result.status} ${text.slice(0, 200)}`).toBeLessThan(500);
}

// A sweep over every operation: its budget grows with the API, so it is not the default 20 s.
describe("malformed-request sweep", { timeout: 90_000 }, () => {
  it("finds the operations to sweep", () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it("every REST operation answers bad paths, credentials, queries and bodies with a 4xx", async () => {
    for (const operation of operations) {
      const credentials = await credentialsFor();
      for (const value of PATH_VALUES) {
        for (const headers of credentials) {
          const url = `${expand(operation.path, value)}?limit=-1&cursor=%00&page=x&input=${encodeURIComponent(DEEP)}`;
          const label = `${operation.method} ${url.slice(0, 80)} ${Object.keys(headers)}`;
          await expectNo5xx(label, app().http(url, { method: operation.method, headers }));
        }
      }
      if (!operation.hasBody) continue;
      const url = expand(operation.path, "00000000-0000-4000-8000-000000000000");
      const authed = credentials[2] ?? {};
      const bodies = [
        ...BAD_BODIES,
        { body: fieldsBody(operation.schema, "\u0000") },
        { body: fieldsBody(operation.schema, 12) },
        { body: fieldsBody(operation.schema, { nested: { deeper: ["x"] } }) },
        { body: fieldsBody(operation.schema, "x".repeat(100_000)) },
      ];
      for (const { body, headers } of bodies) {
        await expectNo5xx(
          `${operation.method} ${operation.path} body ${String(body).slice(0, 40)} ${JSON.stringify(headers)}`,
          app().http(url, {
            method: operation.method,
            headers: { "Content-Type": "application/json", ...authed, ...headers },
            body,
          }),
        );
      }
    }
  });

  it("every REST path answers a wrong method with 405, never 404 or 5xx", async () => {
    for (const operation of operations) {
      const url = expand(operation.path, "00000000-0000-4000-8000-000000000000");
      const wrong = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter(
        (method) => !operations.some((other) => other.path === operation.path && other.method === method),
      );
      for (const method of wrong) {
        const response = await app().http(url, { method });
        expect(response.status, `${method} ${operation.path}`).toBe(405);
        expect(response.headers.get("allow")).toContain(operation.method);
      }
    }
  });

  it("every tRPC procedure answers malformed input, over GET, POST and in batches, with a 4xx", async () => {
    const paths = Object.keys(appRouter._def.procedures);
    const credentials = await credentialsFor();
    const inputs = [
      "%00",
      "{bad",
      encodeURIComponent(DEEP),
      encodeURIComponent('"\u0000"'),
      "1e999999",
      "[]",
    ];
    for (const path of paths) {
      for (const headers of [credentials[0] ?? {}, credentials[2] ?? {}, credentials[4] ?? {}]) {
        for (const input of inputs) {
          await expectNo5xx(`GET ${path} ${input}`, app().http(`/trpc/${path}?input=${input}`, { headers }));
        }
        for (const { body, headers: extra } of BAD_BODIES) {
          await expectNo5xx(
            `POST ${path} ${String(body).slice(0, 30)}`,
            app().http(`/trpc/${path}`, {
              method: "POST",
              headers: { "Content-Type": "application/json", ...headers, ...extra },
              body,
            }),
          );
        }
      }
    }
    const mixed = paths.slice(0, 10).join(",");
    await expectNo5xx("mixed batch", app().http(`/trpc/${mixed}?batch=1&input=${encodeURIComponent("{}")}`));
    await expectNo5xx(
      "mixed POST batch",
      app().http(`/trpc/${mixed}?batch=1`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ 0: { a: "\u0000" }, 1: [DEEP], 2: null }),
      }),
    );
    await expectNo5xx("unknown procedure", app().http("/trpc/nope.nothing"));
    await expectNo5xx("empty path", app().http("/trpc/"));
    await expectNo5xx("batch of commas", app().http("/trpc/,,,?batch=1"));
  });
});
