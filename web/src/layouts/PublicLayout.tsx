import { Anchor, Box, Button, Container, Group, Text } from "@mantine/core";
import { Link, Outlet } from "react-router";
import { BrandMark } from "../components/BrandMark";

/** Pages anyone may see without signing in: status now, login and signup later. */
export function PublicLayout() {
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
              <Button component={Link} to="/app" size="xs" variant="light">
                Open app
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>

      <Container component="main" size="md" py="xl" w="100%" style={{ flex: 1 }}>
        <Outlet />
      </Container>

      <Box component="footer" py="md">
        <Container size="md">
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              Baseplate
            </Text>
            <Group gap="md">
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
