import type { OpenAPIObject } from "trpc-to-openapi";
import { ERROR_TABLE, type ErrorCode } from "../../lib/errors.js";
import type { ProcedureMeta } from "../meta.js";

/** Codes of the one error table, grouped by the HTTP status they become. */
export function errorCodesByStatus(): Map<number, ErrorCode[]> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const [code, { status }] of Object.entries(ERROR_TABLE) as [ErrorCode, { status: number }][]) {
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return byStatus;
}

export const errorSchemaName = (status: number) => `Error${status}`;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** `Error` (our REST error shape) and, per status, `Error<status>` narrowing `code` to its codes. */
type Schemas = NonNullable<NonNullable<OpenAPIObject["components"]>["schemas"]>;

export function errorSchemas(): Schemas {
  const schemas: Schemas = {
    Error: {
      type: "object",
      description: "Every REST error: a message for people, a stable code for programs",
      properties: {
        error: { type: "string", description: "Human-readable message" },
        code: { type: "string", enum: Object.keys(ERROR_TABLE), description: "Stable machine-readable code" },
        details: {
          type: "array",
          description: "Per-field problems, for validation errors",
          items: {
            type: "object",
            properties: { field: { type: "string" }, message: { type: "string" } },
            required: ["field", "message"],
          },
        },
      },
      required: ["error", "code"],
    },
  };
  for (const [status, codes] of errorCodesByStatus()) {
    schemas[errorSchemaName(status)] = {
      title: `Error (${status})`,
      allOf: [ref("Error"), { type: "object", properties: { code: { type: "string", enum: codes } } }],
    };
  }
  return schemas;
}

const DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input: `details` names each field",
  401: "Missing, invalid or expired credentials",
  402: "The tenant's plan does not allow it",
  403: "Not allowed",
  404: "Not found",
  409: "Conflicts with the current state",
  413: "Request body larger than 1 MB",
  415: "Request body that is not UTF-8 JSON",
  429: "Too many requests: retry after the Retry-After header's seconds",
  500: "Unexpected server error (logged with the X-Request-ID)",
};

interface OperationShape {
  method: string;
  hasInput: boolean;
  hasPathParameters: boolean;
}

/**
 * The statuses an operation can answer with and why: the base set follows from the ladder step it
 * is built on and its inputs, plus the extras its meta declares in `openapi.errorResponses`.
 */
export function operationErrors(meta: ProcedureMeta, shape: OperationShape): Map<number, string[]> {
  const reasons = new Map<number, string[]>();
  const add = (status: number, reason = DESCRIPTIONS[status] ?? "Error") =>
    reasons.set(status, [...(reasons.get(status) ?? []), reason]);
  if (shape.method !== "GET") {
    add(400, "Invalid or malformed JSON body: `details` names each field");
    add(413);
    add(415);
  } else if (shape.hasInput) add(400);
  if (meta.principal) {
    add(401);
    if (meta.principal === "user") add(403, "API keys are not accepted here: sign in");
    if (meta.principal === "apiKey") add(403, "Only API keys are accepted here");
  }
  if (meta.scope === "tenant") {
    add(400, "X-Tenant-ID missing (access tokens and user API keys need it) or not a tenant id");
    add(403, "No access to that tenant (the same answer whether it exists or not), or your role is too low");
  }
  if (meta.scope === "platform") add(403, "Platform administrators only (admins of the root tenant)");
  if (shape.hasPathParameters) add(404);
  add(429);
  add(500);
  const extras = meta.openapi?.errorResponses ?? [];
  const declared = Array.isArray(extras)
    ? extras.map((status) => [status, undefined] as const)
    : Object.entries(extras);
  for (const [status, reason] of declared) add(Number(status), reason);
  return reasons;
}

/** One response per status, each pointing at its `Error<status>` schema. */
export function errorResponse(status: number, reasons: string[]) {
  const codes = errorCodesByStatus().get(status) ?? ["INTERNAL"];
  const [code] = codes;
  return {
    description: [...new Set(reasons)].join("; "),
    ...(status === 429
      ? { headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } } }
      : {}),
    content: {
      "application/json": {
        schema: ref(errorSchemaName(status)),
        example: { error: reasons[0] ?? DESCRIPTIONS[status] ?? "Error", code },
      },
    },
  };
}
