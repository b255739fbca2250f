import { API_VERSION, SERVER_VERSION } from "../../../lib/version.js";
import { publicProcedure } from "../../../trpc/procedures.js";
import { getVersionInput, getVersionMeta, getVersionOutput } from "./get-version.types.js";

export const getVersionRoute = publicProcedure
  .meta(getVersionMeta)
  .input(getVersionInput)
  .output(getVersionOutput)
  .query(() => ({ version: SERVER_VERSION, apiVersion: API_VERSION }));
