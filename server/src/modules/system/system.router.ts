import { router } from "../../trpc/init.js";
import { getStatusRoute } from "./routes/get-status.js";
import { getVersionRoute } from "./routes/get-version.js";
import { reportClientErrorRoute } from "./routes/report-client-error.js";

export const systemRouter = router({
  version: getVersionRoute,
  status: getStatusRoute,
  reportClientError: reportClientErrorRoute,
});
