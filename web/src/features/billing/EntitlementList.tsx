import { Group, Stack, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import type { Entitlement } from "./types";

/** "feature_x" → "Feature x": the key in words when no description was given. */
export function keyInWords(key: string): string {
  const words = key.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One entitlement in words: "Priority support", "Projects: 10", "Support: email". */
export function entitlementText(key: string, entitlement: Entitlement): string {
  const name = entitlement.description || keyInWords(key);
  if (entitlement.type === "bool") return name;
  const value =
    entitlement.type === "numeric" && typeof entitlement.value === "number"
      ? new Intl.NumberFormat().format(entitlement.value)
      : String(entitlement.value);
  return `${name}: ${value}`;
}

/** A plan's features and limits; switched-off features are listed crossed out, so plans compare. */
export function EntitlementList({ entitlements }: { entitlements: Record<string, Entitlement> }) {
  const entries = Object.entries(entitlements).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return null;
  return (
    <Stack gap={6} data-testid="plan-entitlements">
      {entries.map(([key, entitlement]) => {
        const off = entitlement.type === "bool" && entitlement.value === false;
        return (
          <Group key={key} gap={10} wrap="nowrap" align="flex-start">
            <ThemeIcon
              size={18}
              radius="xl"
              variant="light"
              color={off ? "gray" : "teal"}
              aria-hidden
              style={{ flexShrink: 0, marginTop: 1 }}
            >
              {off ? <IconX size={12} /> : <IconCheck size={12} />}
            </ThemeIcon>
            <Text size="sm" c={off ? "dimmed" : undefined} td={off ? "line-through" : undefined}>
              {off && <VisuallyHidden>Not included: </VisuallyHidden>}
              {entitlementText(key, entitlement)}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
