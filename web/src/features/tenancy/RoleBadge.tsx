import { Badge, type BadgeProps } from "@mantine/core";
import type { Role } from "../auth/types";
import { roleLabel } from "./roles";

const COLORS: Record<Role, string> = { owner: "grape", admin: "blue", user: "gray" };

/** Owner / Admin / User, each in its own color. */
export function RoleBadge({ role, size = "sm" }: { role: Role; size?: BadgeProps["size"] }) {
  return (
    <Badge color={COLORS[role]} variant="light" size={size} tt="none" miw="fit-content" data-role={role}>
      {roleLabel(role)}
    </Badge>
  );
}
