import type { ReactNode } from "react";
import { NotAllowedPage } from "../errors/NotAllowedPage";
import { useMe } from "./hooks";
import { isPlatformAdmin } from "./memberships";

/** The admin console is for platform administrators only (root tenant, role admin or owner). */
export function RequirePlatformAdmin({ children }: { children: ReactNode }) {
  const me = useMe();
  if (!me.data || !isPlatformAdmin(me.data.memberships)) return <NotAllowedPage />;
  return <>{children}</>;
}
