import { defineModule } from "../app-module.js";
import { purgeExpiredRateLimits } from "./jobs/purge-expired-rate-limits.job.js";

export const rateLimitModule = defineModule({ name: "rate-limit", jobs: [purgeExpiredRateLimits] });
