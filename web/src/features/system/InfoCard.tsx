import { Card, Group, Text, ThemeIcon } from "@mantine/core";
import type { ComponentType, ReactNode } from "react";

interface InfoCardProps {
  title: string;
  icon: ComponentType<{ size?: number }>;
  /** Verdict shown at the top right, e.g. a CheckBadge. */
  badge?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** A titled card for one aspect of the system (a check, the version). Its title names the region. */
export function InfoCard({ title, icon: Icon, badge, testId, children }: InfoCardProps) {
  const titleId = `${testId ?? title.toLowerCase().replace(/\W+/g, "-")}-title`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId} data-testid={testId}>
      <Group justify="space-between" wrap="nowrap" mb="md">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" color="gray" size="lg" aria-hidden>
            <Icon size={18} />
          </ThemeIcon>
          <Text component="h2" fw={600} fz="md" m={0} id={titleId}>
            {title}
          </Text>
        </Group>
        {badge}
      </Group>
      {children}
    </Card>
  );
}
