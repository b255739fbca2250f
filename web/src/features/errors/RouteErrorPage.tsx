import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { NotFoundPage } from "./NotFoundPage";

/** Router errorElement: a 404 response renders the 404 page; anything else a calm crash screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const message =
    error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : null;
  return (
    <Container size="sm" py={64}>
      <Stack align="center" ta="center" gap="sm" role="alert">
        <Title order={1} fz="h2">
          Something went wrong
        </Title>
        <Text c="dimmed">This page hit an unexpected error. Reloading usually helps.</Text>
        {message && (
          <Text size="sm" c="red" ff="monospace">
            {message}
          </Text>
        )}
        <Button onClick={() => window.location.reload()} mt="sm">
          Reload page
        </Button>
      </Stack>
    </Container>
  );
}
