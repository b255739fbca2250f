import type { AppDeps } from "../../../app-deps.js";

export interface DependencyCheck {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

async function timed(probe: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = performance.now();
  try {
    await probe();
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: message };
  }
}

export function checkDatabase(deps: Pick<AppDeps, "db">): Promise<DependencyCheck> {
  return timed(() => deps.db.$queryRaw`SELECT 1`);
}

export async function getSystemStatus(deps: AppDeps) {
  const database = await checkDatabase(deps);
  return {
    status: database.ok ? ("ok" as const) : ("degraded" as const),
    node: deps.node.id,
    uptimeSeconds: Math.floor((deps.clock.now().getTime() - deps.node.startedAt.getTime()) / 1000),
    checks: {
      database: { ...database, embedded: deps.embeddedDatabase },
      jobs: {
        ok: deps.env.JOBS_ENABLED,
        workers: deps.env.JOBS_ENABLED ? ("running" as const) : ("disabled" as const),
      },
    },
  };
}
