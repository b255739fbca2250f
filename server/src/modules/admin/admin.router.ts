import { router } from "../../trpc/init.js";
import { apiKeysRouter } from "../api-keys/api-keys.router.js";
import { devMailboxRoute } from "./routes/dev-mailbox.js";

/** Platform administration (root-tenant admins and admin API keys). */
export const adminRouter = router({
  apiKeys: apiKeysRouter,
  devMailbox: devMailboxRoute,
});
