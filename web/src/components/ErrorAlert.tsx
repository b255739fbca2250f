import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { toDisplayError } from "../lib/errors";

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  /** When given, a Retry button calls it. */
  onRetry?: () => void;
  retrying?: boolean;
}

/**
 * A failed request, explained in sentences: the server's safe message, field issues, and a way to try
 * again. The machine code (`FORBIDDEN`) is for programs and is never shown.
 */
export function ErrorAlert({
  error,
  title = "Something went wrong",
  onRetry,
  retrying = false,
}: ErrorAlertProps) {
  const { message, details } = toDisplayError(error);
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm" data-testid="error-message">
          {message}
        </Text>
        {details.length > 0 && (
          <List size="sm">
            {details.map((issue) => (
              <List.Item key={`${issue.field}:${issue.message}`}>
                <strong>{issue.field}</strong>: {issue.message}
              </List.Item>
            ))}
          </List>
        )}
        {onRetry && (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onRetry}
            loading={retrying}
          >
            Retry
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
