import { identityRouter } from "../modules/identity/identity.router.js";
import { systemRouter } from "../modules/system/system.router.js";
import { tenancyRouter } from "../modules/tenancy/tenancy.router.js";
import { router } from "./init.js";

export const appRouter = router({
  system: systemRouter,
  auth: identityRouter,
  tenant: tenancyRouter,
});

export type AppRouter = typeof appRouter;
