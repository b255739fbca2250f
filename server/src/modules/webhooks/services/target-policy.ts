import type { Env } from "../../../lib/env.js";
import type { TargetPolicy } from "./ssrf-guard.js";

export function targetPolicy(env: Env): TargetPolicy {
  return { allowPrivate: env.WEBHOOK_ALLOW_PRIVATE_TARGETS, requireHttps: env.NODE_ENV === "production" };
}
