import { Alert, Card, Center, Loader, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { usePageTitle } from "../../components/PageHeader";

interface AuthCardProps {
  title: string;
  description?: ReactNode;
  /** Links under the card ("Already have an account? Log in"). */
  footer?: ReactNode;
  children: ReactNode;
}

/** The narrow centered card every sign-in, sign-up and token page uses. */
export function AuthCard({ title, description, footer, children }: AuthCardProps) {
  usePageTitle(title);
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

/** How a link or redirect page ended (verified, failed, ...): the outcome, then the way on. */
export function AuthResultCard({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action: ReactNode;
}) {
  return (
    <AuthCard title={title}>
      <Stack gap="md" align="flex-start">
        {children}
        {action}
      </Stack>
    </AuthCard>
  );
}

/** A link or redirect page at work ("Verifying your email"); the title is also the loader's name. */
export function AuthPendingCard({ title }: { title: string }) {
  return (
    <AuthCard title={title}>
      <Center py="lg" role="status" aria-busy="true" aria-label={title}>
        <Loader aria-hidden />
      </Center>
    </AuthCard>
  );
}

/** An email link that arrived without its token (cut off when copied, usually). */
export function IncompleteLinkAlert({ children }: { children: ReactNode }) {
  return (
    <Alert color="red" variant="light" role="alert" title="This link is incomplete">
      {children}
    </Alert>
  );
}
