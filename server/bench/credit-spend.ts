/**
 * "credit-spend": many connections metering usage against ONE tenant's balance, the worst case for
 * the row lock that keeps spends from overdrawing. Each round tops the balance up by fewer credits
 * than it sends spends, so the last ones race at zero; it prints spends/s against a bare Express
 * handler at the same concurrency, and checks that no round overspent.
 */
import type { AppDeps } from "../src/app-deps.js";
import { grantPurchasedCredits } from "../src/modules/billing/credits/services/credit-ledger.service.js";
import { ensurePlatformCustomer } from "../src/modules/billing/customers/billing-customer.repository.js";

const CONNECTIONS = 100;
const SPENDS = Number(process.env.BENCH_SPENDS ?? 1000);
/** Credits per round: the last tenth of the spends find the balance empty (402). */
const CREDITS = Math.floor(SPENDS * 0.9);

interface Round {
  spendsPerSecond: number;
  baselinePerSecond: number;
  succeeded: number;
  refused: number;
  failed: number;
  /** Credits the round could spend: what was left plus its top-up. */
  available: number;
  overspent: boolean;
}

/** Runs `total` requests over `connections` parallel loops; returns the status of each and the time. */
async function fire(total: number, connections: number, request: (index: number) => Promise<Response>) {
  const statuses: number[] = [];
  let next = 0;
  const loop = async () => {
    while (next < total) {
      const index = next++;
      const response = await request(index);
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  return { statuses, seconds: (performance.now() - started) / 1000 };
}

async function balance(deps: AppDeps, customerId: string): Promise<number> {
  const row = await deps.db.billingCustomer.findUniqueOrThrow({ where: { id: customerId } });
  return row.subscriptionCredits + row.purchasedCredits;
}

async function round(
  deps: AppDeps,
  target: { url: string; headers: Record<string, string>; customerId: string; baselineUrl: string },
  index: number,
): Promise<Round> {
  const start = await balance(deps, target.customerId);
  await deps.db.$transaction((tx) =>
    grantPurchasedCredits(tx, {
      customerId: target.customerId,
      credits: CREDITS,
      causeId: `bench-round-${index}`,
      description: "Bench credits",
    }),
  );
  const baseline = await fire(SPENDS, CONNECTIONS, () => fetch(target.baselineUrl));
  const { statuses, seconds } = await fire(SPENDS, CONNECTIONS, (spend) =>
    fetch(`${target.url}/api/v1/credits/spend`, {
      method: "POST",
      headers: { ...target.headers, "Content-Type": "application/json" },
      body: JSON.stringify({ amount: 1, idempotencyKey: `bench-${index}-${spend}` }),
    }),
  );
  const succeeded = statuses.filter((status) => status === 200).length;
  const refused = statuses.filter((status) => status === 402).length;
  const after = await balance(deps, target.customerId);
  return {
    spendsPerSecond: succeeded / seconds,
    baselinePerSecond: SPENDS / baseline.seconds,
    succeeded,
    refused,
    failed: statuses.length - succeeded - refused,
    available: start + CREDITS,
    overspent: after < 0 || after !== start + CREDITS - succeeded || succeeded > start + CREDITS,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Prints the scenario's lines; returns false when a round overspent or a spend failed. */
export async function benchCreditSpend(
  deps: AppDeps,
  target: { url: string; headers: Record<string, string>; tenantId: string; baselineUrl: string },
  rounds: number,
): Promise<boolean> {
  const customerId = (await ensurePlatformCustomer(deps.db, target.tenantId)).id;
  await round(deps, { ...target, customerId }, -1); // warm-up
  const results: Round[] = [];
  for (let index = 0; index < rounds; index += 1)
    results.push(await round(deps, { ...target, customerId }, index));
  const ratio = median(results.map((r) => r.spendsPerSecond / r.baselinePerSecond));
  const spends = median(results.map((r) => r.spendsPerSecond));
  const baseline = median(results.map((r) => r.baselinePerSecond));
  const clean = results.every(
    (r) => !r.overspent && r.failed === 0 && r.succeeded === Math.min(SPENDS, r.available),
  );
  console.log(
    `credit-spend: ${SPENDS} spends of 1 per round over ${CONNECTIONS} connections on one tenant, ${CREDITS} credits each round`,
  );
  console.log(
    `  POST /credits/spend (one balance)      ${spends.toFixed(0)} spends/s = ${ratio.toFixed(3)}x baseline req/s (bare Express at ${CONNECTIONS} connections: ${baseline.toFixed(0)} req/s)`,
  );
  console.log(
    `  zero-overspend check: ${clean ? "ok" : "FAILED"} — per round ${results.map((r) => `${r.succeeded} spent/${r.refused} refused/${r.failed} failed`).join(", ")}; final balance ${await balance(deps, customerId)} (start − successes, never negative)`,
  );
  return clean;
}
