import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { useTRPCClient } from "../../lib/trpc";
import { NotFoundPage } from "./NotFoundPage";

/** Sends a crash to the server log once, so operators see UI failures next to API errors. */
function useReportCrash(error: unknown) {
  const client = useTRPCClient();
  useEffect(() => {
    if (!(error instanceof Error)) return;
    const report = {
      message: error.message || error.name,
      url: window.location.href,
      stack: error.stack?.slice(0, 10_000),
    };
    client.system.reportClientError.mutate(report).catch(() => undefined);
  }, [client, error]);
}

/** Router errorElement: a 404 response renders the 404 page; anything else a calm crash screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  useReportCrash(error);
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
