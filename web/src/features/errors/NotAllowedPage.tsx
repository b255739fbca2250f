import { Button, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { IconLock } from "@tabler/icons-react";
import { Link } from "react-router";
import { PublicFrame } from "../../layouts/PublicLayout";

/** Shown instead of the admin console to signed-in people who are not platform administrators. */
export function NotAllowedPage() {
  useDocumentTitle("Not allowed · Baseplate");
  return (
    <PublicFrame>
      <Stack align="center" gap="sm" py={64} ta="center" data-testid="not-allowed">
        <IconLock size={48} stroke={1.5} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text c="dimmed" fw={600} size="sm">
          403
        </Text>
        <Title order={1} fz="h2">
          Not allowed
        </Title>
        <Text c="dimmed" maw={440}>
          The admin console is only for platform administrators (owners and admins of the operator's root
          tenant). Your account does not have that role.
        </Text>
        <Button component={Link} to="/app" mt="sm">
          Back to the app
        </Button>
      </Stack>
    </PublicFrame>
  );
}
