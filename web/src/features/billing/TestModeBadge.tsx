import { Badge, type BadgeProps, Box, ThemeIcon } from "@mantine/core";
import { IconFlask } from "@tabler/icons-react";
import { useBillingMode } from "./queries";

const LABEL = "Test mode — Stripe emulator";
const HINT = "Payments go to the built-in Stripe emulator: no card is charged";

/** Payments run on the built-in Stripe emulator: nothing is charged. Hidden with real Stripe. */
export function TestModeBadge({
  size = "md",
  testId = "test-mode-badge",
}: {
  size?: BadgeProps["size"];
  testId?: string;
}) {
  const mode = useBillingMode().data?.mode;
  if (mode !== "emulator") return null;
  return (
    <Badge
      color="yellow"
      variant="light"
      size={size}
      tt="none"
      leftSection={<IconFlask size={12} aria-hidden />}
      title={HINT}
      data-testid={testId}
      styles={{ root: { flexShrink: 0 } }}
    >
      {LABEL}
    </Badge>
  );
}

/**
 * The app shell header's version: the badge from tablets up; on phones, where the header also holds the
 * team switcher and menus, a flask icon with the same name (the billing pages show the full badge).
 */
export function ShellTestModeBadge() {
  const mode = useBillingMode().data?.mode;
  if (mode !== "emulator") return null;
  return (
    <>
      <Box visibleFrom="sm">
        <TestModeBadge size="sm" testId="shell-test-mode-badge" />
      </Box>
      <ThemeIcon
        hiddenFrom="sm"
        size={24}
        radius="xl"
        color="yellow"
        variant="light"
        role="img"
        aria-label={LABEL}
        title={HINT}
        data-testid="shell-test-mode-icon"
        style={{ flexShrink: 0 }}
      >
        <IconFlask size={14} aria-hidden />
      </ThemeIcon>
    </>
  );
}
