import { Badge, type BadgeProps } from "@mantine/core";
import type { SystemStatus } from "./types";

interface StatusBadgeProps extends Pick<BadgeProps, "size"> {
  status: SystemStatus["status"];
}

/** Overall health: text "OK" or "Degraded"; `data-status` carries the raw value for tests. */
export function StatusBadge({ status, size = "lg" }: StatusBadgeProps) {
  const ok = status === "ok";
  return (
    <Badge
      color={ok ? "teal" : "yellow"}
      variant="light"
      size={size}
      data-testid="status-badge"
      data-status={status}
    >
      {ok ? "OK" : "Degraded"}
    </Badge>
  );
}

interface CheckBadgeProps {
  ok: boolean;
  okLabel?: string;
  failLabel?: string;
}

/** A single dependency check's verdict. */
export function CheckBadge({ ok, okLabel = "OK", failLabel = "Failing" }: CheckBadgeProps) {
  return (
    <Badge color={ok ? "teal" : "red"} variant="dot" size="md" data-ok={ok}>
      {ok ? okLabel : failLabel}
    </Badge>
  );
}
