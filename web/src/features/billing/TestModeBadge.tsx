import { Badge, type BadgeProps, Box } from "@mantine/core";
import { IconFlask } from "@tabler/icons-react";
import { useBillingMode } from "./queries";

interface TestModeBadgeProps {
  size?: BadgeProps["size"];
  /** On phones the shell header is crowded: "Test" only. */
  compact?: boolean;
  testId?: string;
}

/** Payments run on the built-in Stripe emulator: nothing is charged. Hidden with real Stripe. */
export function TestModeBadge({
  size = "md",
  compact = false,
  testId = "test-mode-badge",
}: TestModeBadgeProps) {
  const mode = useBillingMode().data?.mode;
  if (mode !== "emulator") return null;
  return (
    <Badge
      color="yellow"
      variant="light"
      size={size}
      tt="none"
      leftSection={<IconFlask size={12} aria-hidden />}
      title="Payments go to the built-in Stripe emulator: no card is charged"
      data-testid={testId}
      styles={{ root: { flexShrink: 0 } }}
    >
      {compact ? "Test" : "Test mode — Stripe emulator"}
    </Badge>
  );
}

/** The app shell header's version: the full text from tablets up, a short "Test" on phones. */
export function ShellTestModeBadge() {
  return (
    <>
      <Box visibleFrom="sm">
        <TestModeBadge size="sm" testId="shell-test-mode-badge" />
      </Box>
      <Box hiddenFrom="sm">
        <TestModeBadge size="sm" compact testId="shell-test-mode-badge-compact" />
      </Box>
    </>
  );
}
