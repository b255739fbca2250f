import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc";

/** Health is worth keeping fresh while a status page is open. */
const STATUS_REFRESH_MS = 30_000;

export function useSystemStatus() {
  const trpc = useTRPC();
  return useQuery(trpc.system.status.queryOptions(undefined, { refetchInterval: STATUS_REFRESH_MS }));
}

export function useSystemVersion() {
  const trpc = useTRPC();
  return useQuery(trpc.system.version.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}
