import { Anchor, Box, Button, Container, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, Outlet } from "react-router";
import { BrandMark } from "../components/BrandMark";
import { isSignedIn, useSession } from "../lib/session";

/** Header, centered column and footer for pages outside the app shell. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const signedIn = isSignedIn(useSession());
  return (
    <Box mih="100dvh" bg="gray.0" style={{ display: "flex", flexDirection: "column" }}>
      <Box component="header" bg="white" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Container size="md" h={56}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <BrandMark to="/" />
            <Group gap="sm" wrap="nowrap">
              <Anchor href="/api/docs" size="sm" c="dimmed" visibleFrom="xs">
                API docs
              </Anchor>
              {signedIn ? (
                <Button component={Link} to="/app" size="xs" variant="light">
                  Open app
                </Button>
              ) : (
                <>
                  <Button component={Link} to="/login" size="xs" variant="subtle">
                    Log in
                  </Button>
                  <Button component={Link} to="/signup" size="xs" variant="light">
                    Sign up
                  </Button>
                </>
              )}
            </Group>
          </Group>
        </Container>
      </Box>

      <Container component="main" size="md" py="xl" w="100%" style={{ flex: 1 }}>
        {children}
      </Container>

      <Box component="footer" py="md">
        <Container size="md">
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              Baseplate
            </Text>
            <Group gap="md">
              <Anchor component={Link} to="/status" size="xs" c="dimmed">
                System status
              </Anchor>
              <Anchor href="/api/docs" size="xs" c="dimmed">
                API docs
              </Anchor>
              <Anchor href="/api/openapi.json" size="xs" c="dimmed">
                OpenAPI spec
              </Anchor>
            </Group>
          </Group>
        </Container>
      </Box>
    </Box>
  );
}

/** Pages anyone may see without signing in: status, login, signup and the email-link pages. */
export function PublicLayout() {
  return (
    <PublicFrame>
      <Outlet />
    </PublicFrame>
  );
}
