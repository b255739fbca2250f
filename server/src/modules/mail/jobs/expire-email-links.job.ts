import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { redactEmailsWithExpiredLinks } from "../repositories/outbound-email.repository.js";
import { EXPIRED_BODY_PLACEHOLDER } from "../services/delivery.service.js";

/** Stored mail never holds a working link for longer than the link itself works (dev mailbox included). */
export const expireEmailLinksJob = defineJob({
  name: "mail.expire-links",
  payload: z.object({}).strict(),
  schedule: "*/5 * * * *",
  async handler(_payload, deps) {
    const redacted = await redactEmailsWithExpiredLinks(deps.db, deps.clock.now(), EXPIRED_BODY_PLACEHOLDER);
    if (redacted > 0) deps.log.info({ redacted }, "dropped the bodies of mail whose links expired");
  },
});
