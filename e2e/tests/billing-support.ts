import { type APIRequestContext, expect } from "@playwright/test";
import { operatorToken } from "../support/helpers.js";

/** Headers of the platform operator (root owner): admin API calls of the billing specs. */
async function operatorHeaders(request: APIRequestContext): Promise<Record<string, string>> {
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
  const response = await request.post("/api/v1/admin/plans", {
    headers: await operatorHeaders(request),
    data: plan,
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as CreatedPlan;
}

export async function apiCreateBundle(
  request: APIRequestContext,
  bundle: { name: string; credits: number; priceCents: number },
): Promise<{ id: string; name: string }> {
  const response = await request.post("/api/v1/admin/bundles", {
    headers: await operatorHeaders(request),
    data: bundle,
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { id: string; name: string };
}
