import { Anchor, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { Link, useLocation } from "react-router";
import { PageHeader } from "../../components/PageHeader";
import { isCheckEmailState, VerifyEmailBanner } from "../account/VerifyEmailBanner";
import { useMe } from "../auth/hooks";
import { ApiDocsCard } from "../system/ApiDocsCard";
import { InfoCard } from "../system/InfoCard";
import { StatusSummaryCard } from "../system/StatusSummaryCard";
import { useCurrentMembership } from "../tenancy/hooks";
import { RoleBadge } from "../tenancy/RoleBadge";

function TenantCard() {
  const membership = useCurrentMembership();
  if (!membership) return null;
  return (
    <InfoCard title="Team" icon={IconUsers} testId="tenant-card" badge={<RoleBadge role={membership.role} />}>
      <Stack gap={6}>
        <Text size="sm" fw={600} data-testid="tenant-name">
          {membership.tenantName}
        </Text>
        <Group gap="md">
          <Anchor component={Link} to="/app/team" size="sm">
            Manage team
          </Anchor>
          <Anchor component={Link} to="/app/messages" size="sm">
            Messages
          </Anchor>
        </Group>
      </Stack>
    </InfoCard>
  );
}

/** Landing page of the tenant app at /app. */
export function HomePage() {
  const me = useMe();
  const location = useLocation();
  const justSignedUp = isCheckEmailState(location.state);
  const firstName = me.data?.user.displayName.split(/\s+/)[0];
  return (
    <>
      <PageHeader
        title="Overview"
        description={
          firstName
            ? `Welcome, ${firstName}. Your Baseplate team at a glance.`
            : "Your Baseplate team at a glance."
        }
      />
      <Stack gap="md">
        {me.data && <VerifyEmailBanner user={me.data.user} justSignedUp={justSignedUp} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TenantCard />
          <StatusSummaryCard />
          <ApiDocsCard />
        </SimpleGrid>
      </Stack>
    </>
  );
}
