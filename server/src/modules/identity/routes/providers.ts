import { publicProcedure } from "../../../trpc/procedures.js";
import { googleSignInEnabled } from "../services/google-oidc.js";
import { providersInput, providersMeta, providersOutput } from "./providers.types.js";

export const providersRoute = publicProcedure
  .meta(providersMeta)
  .input(providersInput)
  .output(providersOutput)
  .query(({ ctx }) => ({ google: googleSignInEnabled(ctx.deps) }));
