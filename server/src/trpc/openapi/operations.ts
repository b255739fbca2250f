import type { OpenAPIObject } from "trpc-to-openapi";
import { errorResponse, errorSchemaName, operationErrors } from "./errors.js";
import type { DocumentedProcedure } from "./procedures.js";
import { securityFor, TENANT_HEADER, tenantHeaderParameterName } from "./security.js";

interface Parameter {
  name?: string;
  in?: string;
  example?: unknown;
  $ref?: string;
}
interface MediaType {
  schema?: unknown;
  example?: unknown;
}
interface Response {
  description?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, Response>;
}

function operationsOf(document: OpenAPIObject): [string, Operation][] {
  return Object.values(document.paths ?? {}).flatMap((item) =>
    Object.entries(item as Record<string, Operation>).filter(([method]) =>
      ["get", "put", "post", "patch", "delete"].includes(method),
    ),
  );
}

/** Path and query fields of the example input go on their parameters, the rest is the body. */
function applyExamples(operation: Operation, procedure: DocumentedProcedure): void {
  const examples = procedure.meta.examples;
  if (!examples) return;
  const body: Record<string, unknown> = { ...examples.request };
  for (const parameter of operation.parameters ?? []) {
    if (parameter.name && parameter.name in body) {
      parameter.example = body[parameter.name];
      delete body[parameter.name];
    }
  }
  const json = operation.requestBody?.content?.["application/json"];
  if (json && examples.request) json.example = body;
  const success = operation.responses?.["200"]?.content?.["application/json"];
  if (success) success.example = examples.response;
}

function describeProcedure(method: string, operation: Operation, procedure: DocumentedProcedure): void {
  const { meta } = procedure;
  const parameters = (operation.parameters ?? []).filter(
    (parameter) =>
      !(parameter.in === "header" && parameter.name?.toLowerCase() === TENANT_HEADER.toLowerCase()),
  );
  const errors = operationErrors(meta, {
    method: method.toUpperCase(),
    hasInput: parameters.length > 0 || operation.requestBody !== undefined,
    hasPathParameters: parameters.some((parameter) => parameter.in === "path"),
  });
  if (meta.scope === "tenant")
    parameters.push({ $ref: `#/components/parameters/${tenantHeaderParameterName}` });
  if (parameters.length > 0) operation.parameters = parameters;
  const security = securityFor(meta);
  if (security) operation.security = security;
  else delete operation.security;
  const success = operation.responses?.["200"];
  operation.responses = {
    ...(success ? { "200": success } : {}),
    ...Object.fromEntries(
      [...errors.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, reasons]) => [String(status), errorResponse(status, reasons)]),
    ),
  };
  applyExamples(operation, procedure);
}

/** Hand-described operations (plain Express routes) keep their text; their errors use our schemas. */
function describeErrorsOnly(operation: Operation): void {
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (Number(status) >= 400 && response.content) {
      response.content = {
        "application/json": { schema: { $ref: `#/components/schemas/${errorSchemaName(Number(status))}` } },
      };
    }
  }
}

/**
 * Rewrites every operation from the ladder step its procedure is built on: credentials accepted,
 * the X-Tenant-ID parameter, each status it can answer with (our `{ error, code }` shape), examples.
 */
export function describeOperations(document: OpenAPIObject, procedures: DocumentedProcedure[]): void {
  const byOperationId = new Map(procedures.map((procedure) => [procedure.operationId, procedure]));
  for (const [method, operation] of operationsOf(document)) {
    const procedure = operation.operationId ? byOperationId.get(operation.operationId) : undefined;
    if (procedure) describeProcedure(method, operation, procedure);
    else describeErrorsOnly(operation);
  }
}
