import { adminRouter } from "../modules/admin/admin.router.js";
import { identityRouter } from "../modules/identity/identity.router.js";
import { messagesRouter } from "../modules/messages/messages.router.js";
import { systemRouter } from "../modules/system/system.router.js";
import { invitationsRouter, tenancyRouter } from "../modules/tenancy/tenancy.router.js";
import { router } from "./init.js";

export const appRouter = router({
  system: systemRouter,
  auth: identityRouter,
  tenant: tenancyRouter,
  admin: adminRouter,
  messages: messagesRouter,
  invitations: invitationsRouter,
});

export type AppRouter = typeof appRouter;
