import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc";

/** The badge stays roughly current without a socket: every 30 s and whenever the window regains focus. */
export const UNREAD_POLL_MS = 30_000;

export function useUnreadCount() {
  const trpc = useTRPC();
  return useQuery(
    trpc.messages.unreadCount.queryOptions(undefined, {
      refetchInterval: UNREAD_POLL_MS,
      refetchOnWindowFocus: true,
      staleTime: 5_000,
    }),
  );
}
