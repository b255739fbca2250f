import { Alert, Anchor, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { Link } from "react-router";
import { SuccessAlert } from "../../components/SuccessAlert";
import { useWebhookScope } from "./scope";
import { testResultText } from "./status";
import type { TestResult } from "./types";

/** What the receiver answered to "Send test": a failing receiver is a result, not an error. */
export function TestResultAlert({
  webhookId,
  result,
  onClose,
}: {
  webhookId: string;
  result: TestResult;
  onClose: () => void;
}) {
  const { paths } = useWebhookScope();
  const body = (
    <Stack gap={4}>
      <Text size="sm">{testResultText(result)}</Text>
      <Anchor component={Link} to={paths.deliveriesOf(webhookId)} size="sm">
        See it in the delivery log
      </Anchor>
    </Stack>
  );
  const common = {
    withCloseButton: true,
    onClose,
    closeButtonLabel: "Dismiss",
    "data-testid": "test-result",
  };
  return result.success ? (
    <SuccessAlert title="Test delivered" data-success="true" {...common}>
      {body}
    </SuccessAlert>
  ) : (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title="Test failed"
      data-success="false"
      {...common}
    >
      {body}
    </Alert>
  );
}
