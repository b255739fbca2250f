import { z } from "zod";
import { catalogName, jsonBoolean, wholeNumber } from "../../../../lib/input-fields.js";
import { operationMeta } from "../../../../trpc/meta.js";
import { bundleIdInput } from "./catalog-fields.types.js";
import { sampleAdminBundle, sampleBundleId } from "./catalog-samples.js";
import { adminBundleView } from "./plan-views.types.js";

const adminBillingMeta = operationMeta("admin-billing");

const bundleFields = {
  name: catalogName,
  credits: wholeNumber(1, 10_000_000),
  priceCents: wholeNumber(1, 99_999_999).describe("Price in cents (at most Stripe's 99,999,999)"),
  isActive: jsonBoolean().describe("Inactive bundles are not offered to tenants"),
  sortOrder: wholeNumber(-1_000_000, 1_000_000).describe("Lower first"),
};

const NAME_TAKEN = "A credit bundle with this name already exists";
const sampleCreate = { name: "1000 Credits", credits: 1000, priceCents: 8900, isActive: true, sortOrder: 2 };

export const listAdminBundlesInput = z.void();
export const listAdminBundlesOutput = z.object({ bundles: z.array(adminBundleView) });
export const listAdminBundlesMeta = adminBillingMeta(
  "GET",
  "/admin/bundles",
  "Every credit bundle, inactive ones too, by sort order then name",
  { examples: { response: { bundles: [sampleAdminBundle] } } },
);

export const createBundleInput = z.object({
  ...bundleFields,
  isActive: bundleFields.isActive.default(true),
  sortOrder: bundleFields.sortOrder.default(0),
});
export const createBundleMeta = adminBillingMeta(
  "POST",
  "/admin/bundles",
  "Create a credit bundle (names are unique; credits and price are positive)",
  {
    errorResponses: { 409: NAME_TAKEN },
    examples: { request: sampleCreate, response: { ...sampleAdminBundle, ...sampleCreate } },
  },
);

export const updateBundleInput = bundleIdInput.extend(z.object(bundleFields).partial().shape);
export const updateBundleMeta = adminBillingMeta(
  "PATCH",
  "/admin/bundles/{bundleId}",
  "Change a credit bundle: fields left out stay as they are",
  {
    description: "A new price applies to new checkouts (a new Stripe price).",
    errorResponses: { 404: "Credit bundle not found", 409: NAME_TAKEN },
    examples: {
      request: { bundleId: sampleBundleId, priceCents: 7900 },
      response: { ...sampleAdminBundle, ...sampleCreate, priceCents: 7900 },
    },
  },
);

export const deleteBundleInput = bundleIdInput;
export const deleteBundleMeta = adminBillingMeta(
  "DELETE",
  "/admin/bundles/{bundleId}",
  "Delete a credit bundle (past purchases keep its name)",
  {
    errorResponses: { 404: "Credit bundle not found" },
    examples: { request: { bundleId: sampleBundleId }, response: { status: "deleted" } },
  },
);
