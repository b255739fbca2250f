import { Badge } from "@mantine/core";

/** admin keys act as the root tenant; user keys need X-Tenant-ID. */
export function AuthorityBadge({ authority }: { authority: "admin" | "user" }) {
  return (
    <Badge
      color={authority === "admin" ? "orange" : "gray"}
      variant="light"
      size="sm"
      tt="none"
      data-authority={authority}
    >
      {authority === "admin" ? "Admin" : "User"}
    </Badge>
  );
}
