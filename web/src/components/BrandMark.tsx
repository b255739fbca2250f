import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconStack2 } from "@tabler/icons-react";
import { Link } from "react-router";

interface BrandMarkProps {
  to: string;
  color?: string;
  /** Text color of the wordmark; the admin console's dark header needs white. */
  textColor?: string;
}

/** Logo + "Baseplate" wordmark, linking to the current area's home. */
export function BrandMark({ to, color, textColor }: BrandMarkProps) {
  return (
    <Group
      component={Link}
      to={to}
      gap={8}
      wrap="nowrap"
      aria-label="Baseplate home"
      style={{ textDecoration: "none", color: "inherit" }}
    >
      <ThemeIcon size={30} radius="md" color={color} variant="filled" aria-hidden>
        <IconStack2 size={18} />
      </ThemeIcon>
      <Text fw={700} fz="lg" c={textColor} style={{ letterSpacing: "-0.01em" }}>
        Baseplate
      </Text>
    </Group>
  );
}
