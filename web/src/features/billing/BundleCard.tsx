import { Button, Card, Stack, Text } from "@mantine/core";
import { IconCoins } from "@tabler/icons-react";
import { formatCredits, formatMoney } from "./money";
import type { Bundle } from "./types";

interface BundleCardProps {
  bundle: Bundle;
  canBuy: boolean;
  buying: boolean;
  disabled: boolean;
  onBuy: () => void;
}

/** Price per 100 credits, so bundles of different sizes compare at a glance. */
function per100(bundle: Bundle): string {
  return formatMoney(Math.round((bundle.priceCents * 100) / bundle.credits));
}

/** One credit bundle: credits, one-time price, and Buy for owners and admins. */
export function BundleCard({ bundle, canBuy, buying, disabled, onBuy }: BundleCardProps) {
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby={`bundle-${bundle.id}-title`}
      data-testid={`bundle-${bundle.name}`}
    >
      <Stack gap="sm" h="100%">
        <Text component="h2" id={`bundle-${bundle.id}-title`} fw={700} fz="lg" m={0}>
          {bundle.name}
        </Text>
        <Stack gap={2}>
          <Text fz={26} fw={700} lh={1.15} data-testid="bundle-credits">
            <IconCoins size={22} aria-hidden style={{ verticalAlign: "-3px", marginRight: 6 }} />
            {formatCredits(bundle.credits)}
          </Text>
          <Text size="sm">
            <strong data-testid="bundle-price">{formatMoney(bundle.priceCents)}</strong> one-time
          </Text>
          <Text size="xs" c="dimmed">
            {per100(bundle)} per 100 credits · never expire
          </Text>
        </Stack>
        {canBuy && (
          <Button
            mt="auto"
            fullWidth
            onClick={onBuy}
            loading={buying}
            disabled={disabled}
            aria-label={`Buy ${bundle.name}`}
          >
            Buy for {formatMoney(bundle.priceCents)}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
