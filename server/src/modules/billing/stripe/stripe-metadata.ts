import { PLATFORM_APP_ID } from "../platform-app.js";

/** Keys we put on every Stripe object we create, so events can be traced back (and others' ignored). */
export const META = {
  app: "baseplate_app",
  customer: "baseplate_customer_id",
  kind: "baseplate_kind",
  plan: "baseplate_plan_id",
  interval: "baseplate_interval",
  bundle: "baseplate_bundle_id",
  credits: "baseplate_credits",
} as const;

type Metadata = Record<string, string> | null | undefined;

export function isPlatformObject(metadata: Metadata): boolean {
  return metadata?.[META.app] === PLATFORM_APP_ID;
}
