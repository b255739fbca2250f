import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc";

/** The badge stays roughly current without a socket: every 30 s and whenever the window regains focus. */
export const UNREAD_POLL_MS = 30_000;

export function useUnreadCount() {
  const trpc = useTRPC();
  return useQuery(
    trpc.messages.unreadCount.queryOptions(undefined, {
      refetchInterval: UNREAD_POLL_MS,
      // Always stale: every focus asks again (one tiny query), so a returning user sees the real count.
      refetchOnWindowFocus: true,
      staleTime: 0,
    }),
  );
}
