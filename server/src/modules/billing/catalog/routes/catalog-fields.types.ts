import { z } from "zod";

export const planIdInput = z.object({ planId: z.uuid("planId must be a plan id (UUID)") });
export const bundleIdInput = z.object({ bundleId: z.uuid("bundleId must be a credit bundle id (UUID)") });
