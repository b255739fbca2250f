import type { AppDeps } from "../../../app-deps.js";
import { coalesced } from "../../../lib/coalesced.js";
import { sealAuditChain } from "./audit-chain.js";

/** On nodes that run jobs: links new audit entries onto the hash chain every few seconds. */
export async function startAuditSealer(deps: AppDeps) {
  let stopped = false;
  const seal = coalesced(async () => {
    try {
      await sealAuditChain(deps.db);
    } catch (error) {
      if (!stopped) deps.log.warn({ err: error }, "audit sealing failed; the next tick retries");
    }
  });
  const ticker = setInterval(() => void seal.run(), deps.env.AUDIT_SEAL_INTERVAL_MS);
  ticker.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(ticker);
      await seal.idle();
    },
  };
}
