import { API_VERSION, SERVER_VERSION } from "../../../lib/version.js";
import { publicProcedure } from "../../../trpc/procedures.js";
import { isPlatformAdminCaller } from "../../tenancy/services/tenant-access.service.js";
import { getSystemStatus } from "../services/health.service.js";
import { getStatusInput, getStatusMeta, getStatusOutput } from "./get-status.types.js";

/** Anyone may ask whether the service is up; how it runs (host, uptime, database) is for operators. */
export const getStatusRoute = publicProcedure
  .meta(getStatusMeta)
  .input(getStatusInput)
  .output(getStatusOutput)
  .query(async ({ ctx }) => {
    const { status, ...details } = await getSystemStatus(ctx.deps);
    const operator = await isPlatformAdminCaller(ctx.deps, ctx.request.authorization);
    return { status, version: SERVER_VERSION, apiVersion: API_VERSION, ...(operator ? details : {}) };
  });
