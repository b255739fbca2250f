import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { listMailbox } from "../../mail/services/dev-mailbox.service.js";
import { devMailboxInput, devMailboxMeta, devMailboxOutput } from "./dev-mailbox.types.js";

export const devMailboxRoute = platformAdminProcedure
  .meta(devMailboxMeta)
  .input(devMailboxInput)
  .output(devMailboxOutput)
  .query(({ ctx }) => listMailbox(ctx.deps));
