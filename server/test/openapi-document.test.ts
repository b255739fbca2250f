import { validate } from "@readme/openapi-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { ERROR_TABLE } from "../src/lib/errors.js";
import {
  type DocumentedProcedure,
  documentedProcedures,
  tenantScopedProcedurePaths,
} from "../src/trpc/openapi/procedures.js";
import { signUp } from "./support/auth.js";
import { type Json, json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();
const METHODS = ["get", "put", "post", "patch", "delete"];
const NAMED = ["User", "Membership", "Member", "Invitation", "ApiKey", "Message", "Session", "Error"];

let document: Json;
beforeAll(async () => {
  document = await json(await app().http("/api/openapi.json"));
});

interface Operation {
  path: string;
  method: string;
  operation: Json;
}

function operations(): Operation[] {
  return Object.entries<Json>(document.paths).flatMap(([path, item]) =>
    Object.entries<Json>(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
}

/** The document's operation for each REST procedure, found by operationId. */
function procedureOperations(): [DocumentedProcedure, Operation][] {
  const byId = new Map(operations().map((entry) => [entry.operation.operationId, entry]));
  return documentedProcedures().map((procedure) => {
    const entry = byId.get(procedure.operationId);
    if (!entry) throw new Error(`${procedure.path}: no operation ${procedure.operationId} in the document`);
    return [procedure, entry];
  });
}

function resolve(node: Json): Json {
  if (!node?.$ref) return node;
  const target = (node.$ref as string)
    .replace(/^#\//, "")
    .split("/")
    .reduce((at: Json, key) => at?.[key], document);
  return resolve(target);
}

const parameters = (operation: Json): Json[] => (operation.parameters ?? []).map(resolve);
const tenantHeader = (operation: Json) =>
  parameters(operation).find((p) => p.in === "header" && p.name.toLowerCase() === "x-tenant-id");

/** JSON examples carry timestamps as ISO strings; the output schemas describe Dates. */
function reviveDates(value: unknown): unknown {
  if (typeof value === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value))
    return new Date(value);
  if (Array.isArray(value)) return value.map(reviveDates);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, reviveDates(inner)]));
  }
  return value;
}

/** Every property of every schema in the document (inline and components), with its name. */
function allProperties(): [string, Json][] {
  const found: [string, Json][] = [];
  const walk = (node: Json) => {
    if (!node || typeof node !== "object") return;
    if (node.properties && typeof node.properties === "object") {
      for (const [name, schema] of Object.entries<Json>(node.properties)) found.push([name, schema]);
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(document);
  return found;
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 and has an operation for every REST procedure", async () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(procedureOperations().length).toBe(documentedProcedures().length);
    const result = await validate(structuredClone(document));
    expect(result.valid, JSON.stringify(result)).toBe(true);
  });

  it("has a request and a 200 example on every operation, each one the procedure accepts and returns", () => {
    for (const [procedure, { operation }] of procedureOperations()) {
      const success = operation.responses["200"].content["application/json"];
      expect(success.example, `${procedure.path}: 200 example`).toBeDefined();
      const output = procedure.output as ZodType;
      const parsed = output.safeParse(reviveDates(success.example));
      expect(parsed.success, `${procedure.path}: 200 example: ${parsed.error?.message}`).toBe(true);

      const body = operation.requestBody?.content["application/json"];
      if (body) expect(body.example, `${procedure.path}: request body example`).toBeDefined();
      const request = {
        ...body?.example,
        ...Object.fromEntries(
          parameters(operation)
            .filter((p) => p.in !== "header")
            .map((p) => {
              if (p.required) expect(p.example, `${procedure.path}: example for ${p.name}`).toBeDefined();
              return [p.name, p.example];
            })
            .filter(([, value]) => value !== undefined),
        ),
      };
      const [input] = procedure.inputs as ZodType[];
      if (input && (body || parameters(operation).some((p) => p.in !== "header"))) {
        const accepted = input.safeParse(request);
        expect(accepted.success, `${procedure.path}: request example: ${accepted.error?.message}`).toBe(true);
      }
    }
  });

  it("documents each error status with a schema whose code enum is exactly that status's codes", () => {
    const codesOf = (status: number) =>
      Object.entries(ERROR_TABLE)
        .filter(([, entry]) => entry.status === status)
        .map(([code]) => code);
    let checked = 0;
    for (const { path, method, operation } of operations()) {
      for (const [status, response] of Object.entries<Json>(operation.responses)) {
        if (Number(status) < 400) continue;
        const media = response.content["application/json"];
        expect(media.schema.$ref, `${method} ${path} ${status}`).toBe(`#/components/schemas/Error${status}`);
        const [base, narrowing] = resolve(media.schema).allOf;
        expect(base.$ref).toBe("#/components/schemas/Error");
        expect(narrowing.properties.code.enum, `${method} ${path} ${status}`).toEqual(
          codesOf(Number(status)),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(resolve({ $ref: "#/components/schemas/Error" }).required).toEqual(["error", "code"]);
    expect(Object.keys(document.components.schemas).some((name) => name.startsWith("error."))).toBe(false);
  });

  it("derives the statuses from the ladder step and the inputs, plus the extras an operation declares", () => {
    for (const [procedure, { method, operation }] of procedureOperations()) {
      const statuses = Object.keys(operation.responses).map(Number);
      const expected = [429, 500];
      if (method !== "get") expected.push(400, 413, 415);
      if (procedure.meta.principal) expected.push(401);
      if (procedure.meta.principal === "user" || procedure.meta.scope) expected.push(403);
      if (procedure.meta.scope === "tenant") expected.push(400);
      if (parameters(operation).some((p) => p.in === "path")) expected.push(404);
      expect(statuses, procedure.path).toEqual(expect.arrayContaining(expected));
    }
    const invite = document.paths["/tenant/invitations"].post.responses;
    expect(Object.keys(invite)).toEqual(expect.arrayContaining(["402", "409"]));
    const accept = document.paths["/invitations/accept"].post.responses;
    expect(Object.keys(accept)).toEqual(expect.arrayContaining(["402", "403", "404", "409"]));
    expect(document.paths["/version"].get.responses["400"]).toBeUndefined();
  });

  it("marks every timestamp as date-time", () => {
    const timestamps = allProperties().filter(([name]) => /At$/.test(name));
    expect(timestamps.length).toBeGreaterThan(10);
    for (const [name, schema] of timestamps) {
      // A nullable timestamp is `anyOf: [{ type: string, format }, { type: null }]`.
      const format = schema.format ?? schema.anyOf?.find((branch: Json) => branch.type === "string")?.format;
      expect(format, name).toBe("date-time");
    }
  });

  it("names the shared objects as components and refers to them", () => {
    const text = JSON.stringify(document.paths) + JSON.stringify(document.components.schemas);
    for (const name of NAMED) {
      expect(document.components.schemas[name], name).toBeDefined();
      expect(text, name).toContain(`"#/components/schemas/${name}"`);
    }
  });

  it("declares X-Tenant-ID (optional uuid header) on exactly the operations built on the tenant step", () => {
    const tenantScoped = new Set(tenantScopedProcedurePaths());
    expect(tenantScoped.size).toBeGreaterThan(0);
    for (const [procedure, { operation }] of procedureOperations()) {
      const header = tenantHeader(operation);
      expect(Boolean(header), procedure.path).toBe(tenantScoped.has(procedure.path));
      if (!header) continue;
      expect(header).toMatchObject({
        name: "X-Tenant-ID",
        required: false,
        schema: { type: "string", format: "uuid" },
      });
      expect(header.description).toContain("admin API keys default to the platform tenant");
    }
  });

  it("lists the credentials each operation accepts: none, access tokens only, or either", () => {
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["accessToken", "apiKey"]);
    expect(document.components.securitySchemes.apiKey.description).toContain("lsk_");
    for (const [procedure, { operation }] of procedureOperations()) {
      const schemes = (operation.security ?? [])
        .flatMap((requirement: Json) => Object.keys(requirement))
        .sort();
      const expected = { any: ["accessToken", "apiKey"], user: ["accessToken"], apiKey: ["apiKey"] };
      expect(schemes, procedure.path).toEqual(
        procedure.meta.principal ? expected[procedure.meta.principal] : [],
      );
    }
    for (const path of ["/auth/me", "/messages"])
      expect(document.paths[path].get.security).toEqual([{ accessToken: [] }]);
  });

  it("describes every tag it uses", () => {
    const described = new Map(document.tags.map((tag: Json) => [tag.name, tag.description]));
    for (const { operation } of operations()) {
      for (const tag of operation.tags ?? []) expect(described.get(tag), tag).toEqual(expect.any(String));
    }
  });

  it("is enough to call GET /tenant/members: header from the parameter list, bearer from the security scheme", async () => {
    const user = await signUp(app());
    const tenantId = user.memberships.find((m) => !m.isRoot)?.tenantId;
    const operation = document.paths["/tenant/members"].get;
    const headers: Record<string, string> = {};
    for (const parameter of parameters(operation)) {
      if (parameter.in === "header" && parameter.schema.format === "uuid")
        headers[parameter.name] = tenantId ?? "";
    }
    const [requirement] = operation.security;
    const scheme = document.components.securitySchemes[Object.keys(requirement)[0] ?? ""];
    expect(scheme).toMatchObject({ type: "http", scheme: "bearer" });
    headers.Authorization = `Bearer ${user.accessToken}`;
    const server = new URL(document.servers[0].url, app().baseUrl);
    const response = await fetch(`${server.href.replace(/\/$/, "")}/tenant/members`, { headers });
    expect(response.status).toBe(200);
    const body = await json(response);
    const schema = resolve(operation.responses["200"].content["application/json"].schema);
    expect(Object.keys(body).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(body.members).toEqual([expect.objectContaining({ userId: user.user.id, role: "owner" })]);
  });
});
