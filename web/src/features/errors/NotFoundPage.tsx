import { Button, Code, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { IconMapSearch } from "@tabler/icons-react";
import { Link, useLocation } from "react-router";

/** Where "back" leads from an unknown path: the home of the area the user was in. */
export function homeFor(pathname: string): { to: string; label: string } {
  if (pathname === "/admin" || pathname.startsWith("/admin/"))
    return { to: "/admin", label: "Back to admin overview" };
  if (pathname === "/app" || pathname.startsWith("/app/")) return { to: "/app", label: "Back to overview" };
  return { to: "/status", label: "Go to system status" };
}

/** Friendly 404 for SPA routes that do not exist. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  const home = homeFor(pathname);
  useDocumentTitle("Page not found · Baseplate");
  return (
    <Stack align="center" gap="sm" py={64} ta="center" data-testid="not-found">
      <IconMapSearch size={48} stroke={1.5} color="var(--mantine-color-dimmed)" aria-hidden />
      <Text c="dimmed" fw={600} size="sm">
        404
      </Text>
      <Title order={1} fz="h2">
        Page not found
      </Title>
      <Text c="dimmed" maw={420}>
        There is no page at <Code style={{ wordBreak: "break-all" }}>{pathname}</Code>. It may have moved, or
        the link may be mistyped.
      </Text>
      <Button component={Link} to={home.to} mt="sm">
        {home.label}
      </Button>
    </Stack>
  );
}
