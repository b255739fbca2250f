import { Card, Text } from "@mantine/core";
import { Outlet } from "react-router";
import { PageHeader } from "../../components/PageHeader";
import { useCurrentMembership } from "../tenancy/hooks";
import { canManageWebhooks } from "./permissions";
import { type WebhookScopeName, WebhookScopeProvider } from "./scope";

/** A team member without the role sees why, instead of three pages of 403s. */
function TeamManagersOnly() {
  const membership = useCurrentMembership();
  if (canManageWebhooks(membership?.role)) return <Outlet />;
  return (
    <>
      <PageHeader title="Webhooks" />
      <Card withBorder padding="xl" ta="center">
        <Text c="dimmed" data-testid="webhooks-not-allowed">
          Only the team's owners and admins manage its webhooks. Ask one of them if your servers need to hear
          about changes in {membership?.tenantName ?? "this team"}.
        </Text>
      </Card>
    </>
  );
}

/** The webhook pages of one area: the team's (/app/webhooks) or the platform's (/admin/webhooks). */
export function WebhookArea({ scope }: { scope: WebhookScopeName }) {
  return (
    <WebhookScopeProvider scope={scope}>
      {scope === "tenant" ? <TeamManagersOnly /> : <Outlet />}
    </WebhookScopeProvider>
  );
}
