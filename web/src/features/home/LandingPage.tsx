import { Anchor, Button, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconStack2 } from "@tabler/icons-react";
import { Link, Navigate } from "react-router";
import { usePageTitle } from "../../components/PageHeader";
import { isSignedIn, useSession } from "../../lib/session";

/** `/`: signed-in people go straight to the app; everyone else meets the product and the ways in. */
export function LandingPage() {
  const signedIn = isSignedIn(useSession());
  usePageTitle("Welcome");
  if (signedIn) return <Navigate to="/app" replace />;
  return (
    <Stack align="center" ta="center" gap="lg" py={{ base: "lg", sm: 64 }} data-testid="landing">
      <ThemeIcon size={56} radius="md" variant="filled" aria-hidden>
        <IconStack2 size={32} />
      </ThemeIcon>
      <Stack gap="xs" align="center">
        <Title order={1}>Baseplate</Title>
        <Text c="dimmed" size="lg" maw={520}>
          Accounts, teams, invitations and API keys for your SaaS, ready on day one.
        </Text>
      </Stack>
      <Group gap="sm" justify="center">
        <Button component={Link} to="/login" size="md">
          Sign in
        </Button>
        <Button component={Link} to="/signup" size="md" variant="light">
          Create account
        </Button>
      </Group>
      <Group gap="lg" justify="center">
        <Anchor component={Link} to="/status" size="sm">
          System status
        </Anchor>
        <Anchor href="/api/docs" size="sm">
          API docs
        </Anchor>
      </Group>
    </Stack>
  );
}
