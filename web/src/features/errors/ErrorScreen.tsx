import { Button, Stack, Text, Title } from "@mantine/core";
import type { ComponentType, ReactNode } from "react";
import { Link } from "react-router";
import { usePageTitle } from "../../components/PageHeader";

interface ErrorScreenProps {
  /** HTTP-style code shown above the title ("404"). */
  code: string;
  title: string;
  icon: ComponentType<{ size?: number; stroke?: number; color?: string; "aria-hidden"?: boolean }>;
  children: ReactNode;
  /** The way out: a link button. */
  action: { to: string; label: string };
  testId?: string;
}

/** A page that could not be shown (404, 403): icon, code, title, explanation and a way back. */
export function ErrorScreen({ code, title, icon: Icon, children, action, testId }: ErrorScreenProps) {
  usePageTitle(title);
  return (
    <Stack align="center" gap="sm" py={64} ta="center" data-testid={testId}>
      <Icon size={48} stroke={1.5} color="var(--mantine-color-dimmed)" aria-hidden />
      <Text c="dimmed" fw={600} size="sm">
        {code}
      </Text>
      <Title order={1} fz="h2">
        {title}
      </Title>
      <Text c="dimmed" maw={440}>
        {children}
      </Text>
      <Button component={Link} to={action.to} mt="sm">
        {action.label}
      </Button>
    </Stack>
  );
}
