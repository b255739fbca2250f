import type { OpenApiMeta, OpenApiMethod } from "trpc-to-openapi";

/**
 * What the procedure ladder records about each step it adds (procedures.ts). tRPC merges a
 * procedure's own `.meta()` into its builder's, so every procedure carries the step it was built
 * on: the OpenAPI document and the tenant-isolation sweep read it from here, never from hand lists.
 */
export type LadderMeta = {
  /** Who may call: any bearer credential, a signed-in person only, or an API key only. Absent: public. */
  principal?: "any" | "user" | "apiKey";
  /** Where it acts: the tenant named by X-Tenant-ID (membership verified), or platform administration. */
  scope?: "tenant" | "platform";
};

/** A request (the whole tRPC input: path, query and body fields) and a 200 response, as JSON. */
export type OperationExamples = {
  request?: Record<string, unknown>;
  response: unknown;
};

export type ProcedureMeta = OpenApiMeta<LadderMeta & { examples?: OperationExamples }>;

/** What a route's meta helper adds to an operation's docs: text, the statuses beyond its ladder step, examples. */
export type OperationDocs = Pick<NonNullable<OpenApiMeta["openapi"]>, "description" | "errorResponses"> & {
  examples?: OperationExamples;
};

/** The meta helper of one tag's routes: `tenantMeta("GET", "/tenant/members", "Members", { examples })`. */
export function operationMeta(tag: string) {
  return (
    method: OpenApiMethod,
    path: `/${string}`,
    summary: string,
    { examples, ...docs }: OperationDocs = {},
  ): ProcedureMeta => ({ openapi: { method, path, tags: [tag], summary, ...docs }, examples });
}
