import { router } from "../../trpc/init.js";
import { createApiKeyRoute } from "./routes/create-api-key.js";
import { listApiKeysRoute } from "./routes/list-api-keys.js";
import { revokeApiKeyRoute } from "./routes/revoke-api-key.js";

export const apiKeysRouter = router({
  list: listApiKeysRoute,
  create: createApiKeyRoute,
  revoke: revokeApiKeyRoute,
});
