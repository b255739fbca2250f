import { defineModule } from "../app-module.js";
import { deliverEmailJob } from "./jobs/deliver-email.job.js";
import { expireEmailLinksJob } from "./jobs/expire-email-links.job.js";
import { sweepUndispatchedEmailJob } from "./jobs/sweep-undispatched-email.job.js";

export const mailModule = defineModule({
  name: "mail",
  jobs: [deliverEmailJob, sweepUndispatchedEmailJob, expireEmailLinksJob],
});
