import type { ProcedureMeta } from "../meta.js";
import { appRouter } from "../router.js";

type OpenApiRoute = NonNullable<ProcedureMeta["openapi"]>;

/** A procedure exposed over REST, as the document generator and our post-processing see it. */
export interface DocumentedProcedure {
  /** tRPC path, e.g. `tenant.members`. */
  path: string;
  operationId: string;
  meta: ProcedureMeta & { openapi: OpenApiRoute };
  inputs: unknown[];
  output: unknown;
}

interface ProcedureDef {
  _def: { meta?: ProcedureMeta; inputs: unknown[]; output?: unknown };
}

function allProcedures(): [string, ProcedureDef][] {
  return Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>);
}

/** Every REST operation, derived from the router (the same rule trpc-to-openapi applies). */
export function documentedProcedures(): DocumentedProcedure[] {
  return allProcedures().flatMap(([path, procedure]) => {
    const { meta, inputs, output } = procedure._def;
    if (!meta?.openapi || meta.openapi.enabled === false) return [];
    const operationId = meta.openapi.operationId ?? path.replace(/\./g, "-");
    return [{ path, operationId, meta: meta as DocumentedProcedure["meta"], inputs, output }];
  });
}

/** tRPC paths of every procedure built on the tenant step (tenantProcedure, roleProcedure). */
export function tenantScopedProcedurePaths(): string[] {
  return allProcedures()
    .filter(([, procedure]) => procedure._def.meta?.scope === "tenant")
    .map(([path]) => path)
    .sort();
}
