import { API_VERSION, SERVER_VERSION } from "../../../lib/version.js";
import { publicProcedure } from "../../../trpc/procedures.js";
import { getSystemStatus } from "../services/health.service.js";
import { getStatusInput, getStatusMeta, getStatusOutput } from "./get-status.types.js";

export const getStatusRoute = publicProcedure
  .meta(getStatusMeta)
  .input(getStatusInput)
  .output(getStatusOutput)
  .query(async ({ ctx }) => ({
    ...(await getSystemStatus(ctx.deps)),
    version: SERVER_VERSION,
    apiVersion: API_VERSION,
  }));
