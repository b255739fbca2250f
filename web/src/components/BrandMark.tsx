import { Anchor, Group, Text, ThemeIcon } from "@mantine/core";
import { IconStack2 } from "@tabler/icons-react";
import { Link } from "react-router";

interface BrandMarkProps {
  to: string;
  color?: string;
  /** Text color of the wordmark; the admin console's dark header needs white. */
  textColor?: string;
  /** Hide the wordmark on phones, where the header also holds the tenant switcher and menus. */
  compact?: boolean;
}

/** Logo + "Baseplate" wordmark, linking to the current area's home. */
export function BrandMark({ to, color, textColor, compact = false }: BrandMarkProps) {
  return (
    <Anchor component={Link} to={to} underline="never" c="inherit" aria-label="Baseplate home">
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size={30} radius="md" color={color} variant="filled" aria-hidden>
          <IconStack2 size={18} />
        </ThemeIcon>
        <Text
          component="span"
          fw={700}
          fz="lg"
          c={textColor}
          style={{ letterSpacing: "-0.01em" }}
          visibleFrom={compact ? "sm" : undefined}
        >
          Baseplate
        </Text>
      </Group>
    </Anchor>
  );
}
