import { z } from "zod";
import { operationMeta } from "../../../trpc/meta.js";

export const reconcileOutput = z.object({
  customers: z.number().int(),
  corrected: z.array(
    z.object({ customerId: z.string(), tenantId: z.string().nullable(), changes: z.array(z.string()) }),
  ),
  failed: z.array(z.object({ customerId: z.string(), error: z.string() })),
});
export const reconcileMeta = operationMeta("admin-billing")(
  "POST",
  "/admin/billing/reconcile",
  "Re-sync every customer from Stripe now and report what was corrected (also runs nightly)",
  {
    examples: {
      response: {
        customers: 12,
        corrected: [
          {
            customerId: "2b3c4d5e-6f70-4a81-9b2c-3d4e5f6a7b8c",
            tenantId: null,
            changes: ["plan Pro → Free"],
          },
        ],
        failed: [],
      },
    },
  },
);
