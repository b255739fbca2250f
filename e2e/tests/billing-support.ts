import { type APIRequestContext, expect } from "@playwright/test";
import { operatorToken } from "../support/helpers.js";

/** Headers of the platform operator (root owner): admin API calls of the billing specs. */
export async function operatorHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${await operatorToken(request)}` };
}

export interface CreatedPlan {
  id: string;
  name: string;
}

/** A paid plan made through the admin API (the admin UI has its own spec). */
export async function apiCreatePlan(
  request: APIRequestContext,
  plan: Record<string, unknown> & { name: string },
): Promise<CreatedPlan> {
  const response = await request.post("/api/v1/admin/plans", { headers: await operatorHeaders(request), data: plan });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as CreatedPlan;
}

export async function apiCreateBundle(
  request: APIRequestContext,
  bundle: { name: string; credits: number; priceCents: number },
): Promise<{ id: string; name: string }> {
  const response = await request.post("/api/v1/admin/bundles", { headers: await operatorHeaders(request), data: bundle });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { id: string; name: string };
}

/**
 * Subscribes the tenant to `planId` without the browser: checkout over REST, the emulator's Pay form
 * posted directly, then the checkout result asked until it is complete (which syncs the tenant).
 */
export async function apiSubscribe(
  request: APIRequestContext,
  headers: Record<string, string>,
  planId: string,
): Promise<void> {
  const started = await request.post("/api/v1/billing/checkout", { headers, data: { planId, billingInterval: "month" } });
  expect(started.ok(), await started.text()).toBe(true);
  const { checkoutUrl } = (await started.json()) as { checkoutUrl: string };
  const url = new URL(checkoutUrl);
  const sessionId = url.pathname.split("/").pop() ?? "";
  const paid = await request.post(`${url.origin}/checkout/${sessionId}/pay`, { form: {}, maxRedirects: 0 });
  expect(paid.status(), await paid.text()).toBeLessThan(400);
  await expect
    .poll(async () => {
      const result = await request.get(`/api/v1/billing/checkout/${sessionId}`, { headers });
      return ((await result.json()) as { status?: string }).status;
    })
    .toBe("complete");
}
