import { Badge, type BadgeProps } from "@mantine/core";
import type { Role } from "../auth/types";
import { roleLabel } from "./roles";

const COLORS: Record<Role, string> = { owner: "grape", admin: "blue", user: "gray" };

/** Owner / Admin / User, each in its own color. */
export function RoleBadge({ role, size = "sm" }: { role: Role; size?: BadgeProps["size"] }) {
  return (
    <Badge
      color={COLORS[role]}
      variant="light"
      size={size}
      tt="none"
      // Never cut to "Own…" in a narrow table column: the word is short, it keeps its width.
      styles={{ root: { minWidth: "max-content" }, label: { overflow: "visible" } }}
      data-role={role}
    >
      {roleLabel(role)}
    </Badge>
  );
}
