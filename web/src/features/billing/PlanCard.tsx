import { Badge, Button, Card, Divider, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconCoins, IconGift, IconUsers } from "@tabler/icons-react";
import type { ComponentType, ReactNode } from "react";
import { EntitlementList } from "./EntitlementList";
import { formatCredits } from "./money";
import { priceDisplay } from "./pricing";
import type { BillingInterval, Plan } from "./types";

function Fact({ icon: Icon, children }: { icon: ComponentType<{ size?: number }>; children: ReactNode }) {
  return (
    <Group gap={10} wrap="nowrap" align="flex-start">
      <ThemeIcon
        size={18}
        radius="xl"
        variant="light"
        color="indigo"
        aria-hidden
        style={{ flexShrink: 0, marginTop: 1 }}
      >
        <Icon size={12} />
      </ThemeIcon>
      <Text size="sm">{children}</Text>
    </Group>
  );
}

interface PlanCardProps {
  plan: Plan;
  interval: BillingInterval;
  current: boolean;
  /** Owners and admins see a Choose button; members read only. */
  canChoose: boolean;
  /** Why Choose is not offered on a non-current plan (e.g. "Switch in the portal"), or null. */
  chooseBlockedReason: string | null;
  choosing: boolean;
  disabled: boolean;
  onChoose: () => void;
}

/** One plan: price for the chosen interval, credits, limits, entitlements; the current plan is marked. */
export function PlanCard({
  plan,
  interval,
  current,
  canChoose,
  chooseBlockedReason,
  choosing,
  disabled,
  onChoose,
}: PlanCardProps) {
  const price = priceDisplay(plan, interval);
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby={`plan-${plan.id}-title`}
      data-testid={`plan-${plan.name}`}
      data-current={current}
      style={current ? { borderColor: "var(--mantine-primary-color-filled)", borderWidth: 2 } : undefined}
    >
      <Stack gap="md" h="100%">
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text component="h2" id={`plan-${plan.id}-title`} fw={700} fz="lg" m={0}>
              {plan.name}
            </Text>
            {current && (
              <Badge variant="filled" tt="none" data-testid="current-plan-badge" style={{ flexShrink: 0 }}>
                Current plan
              </Badge>
            )}
          </Group>
          {plan.description && (
            <Text size="sm" c="dimmed">
              {plan.description}
            </Text>
          )}
        </Stack>

        <Stack gap={2}>
          <Group gap={6} align="baseline" wrap="wrap">
            <Text fz={30} fw={700} lh={1.1} data-testid="plan-price">
              {price.amount}
            </Text>
            <Text size="sm" c="dimmed">
              {price.per}
            </Text>
            {price.saving && (
              <Badge color="teal" variant="light" tt="none" data-testid="plan-saving">
                {price.saving}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" mih={18}>
            {price.note ?? (price.free ? "No card needed" : "Billed monthly")}
          </Text>
        </Stack>

        <Divider />

        <Stack gap={6} data-testid="plan-facts">
          <Fact icon={IconCoins}>
            <strong>{formatCredits(plan.usageCreditsPerMonth)}</strong> per month
            {plan.usageCreditsPerMonth > 0 &&
              (plan.creditResetPolicy === "accrue" ? ", unused ones roll over" : ", reset each period")}
          </Fact>
          {plan.bonusCredits > 0 && (
            <Fact icon={IconGift}>+{formatCredits(plan.bonusCredits)} bonus with a first subscription</Fact>
          )}
          <Fact icon={IconUsers}>
            {plan.userLimit === 0
              ? "Unlimited members"
              : `Up to ${plan.userLimit} member${plan.userLimit === 1 ? "" : "s"}`}
          </Fact>
        </Stack>
        <EntitlementList entitlements={plan.entitlements} />

        {canChoose && (
          <Stack gap={4} mt="auto">
            {current ? (
              <Button variant="light" disabled fullWidth>
                Your current plan
              </Button>
            ) : (
              <Button
                fullWidth
                onClick={onChoose}
                loading={choosing}
                disabled={disabled || chooseBlockedReason !== null}
                aria-label={`Choose ${plan.name}`}
              >
                Choose {plan.name}
              </Button>
            )}
            {!current && chooseBlockedReason && (
              <Text size="xs" c="dimmed" ta="center">
                {chooseBlockedReason}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
