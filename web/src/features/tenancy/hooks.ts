import { useSession } from "../../lib/session";
import { useMe } from "../auth/hooks";
import type { Membership } from "../auth/types";

/** The membership of the tenant picked in the switcher (null before the profile loads). */
export function useCurrentMembership(): Membership | null {
  const me = useMe();
  const { tenantId } = useSession();
  return me.data?.memberships.find((m) => m.tenantId === tenantId) ?? null;
}
