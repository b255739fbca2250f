import { router } from "../../trpc/init.js";
import { createConfigRoute } from "./routes/create-config.js";
import { deleteConfigRoute } from "./routes/delete-config.js";
import { getConfigRoute } from "./routes/get-config.js";
import { listConfigRoute } from "./routes/list-config.js";
import { updateConfigRoute } from "./routes/update-config.js";

export const adminConfigRouter = router({
  list: listConfigRoute,
  get: getConfigRoute,
  create: createConfigRoute,
  update: updateConfigRoute,
  delete: deleteConfigRoute,
});
