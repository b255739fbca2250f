import { Card, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import type { ReactNode } from "react";

interface AuthCardProps {
  title: string;
  description?: ReactNode;
  /** Links under the card ("Already have an account? Log in"). */
  footer?: ReactNode;
  children: ReactNode;
}

/** The narrow centered card every sign-in, sign-up and token page uses. */
export function AuthCard({ title, description, footer, children }: AuthCardProps) {
  useDocumentTitle(`${title} · Baseplate`);
  return (
    <Stack maw={440} mx="auto" gap="md" py={{ base: 0, sm: "lg" }}>
      <Card withBorder padding="xl" radius="md" component="section" aria-labelledby="auth-card-title">
        <Stack gap={4} mb="lg">
          <Title order={1} fz="h2" id="auth-card-title">
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Card>
      {footer && (
        <Text size="sm" ta="center" c="dimmed">
          {footer}
        </Text>
      )}
    </Stack>
  );
}
