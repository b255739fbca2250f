import { Button, Stack } from "@mantine/core";
import { IconSettings, IconUserPlus } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader";
import { SuccessAlert } from "../../components/SuccessAlert";
import { useMe } from "../auth/hooks";
import { useCurrentMembership } from "./hooks";
import { InvitationsCard } from "./InvitationsCard";
import { InviteDialog } from "./InviteDialog";
import { MembersCard } from "./MembersCard";
import { invitableRoles } from "./permissions";

/** /app/team: members of the current tenant, their roles, invitations. */
export function TeamPage() {
  const me = useMe();
  const membership = useCurrentMembership();
  const [inviting, setInviting] = useState(false);
  const [invited, setInvited] = useState<string | null>(null);
  if (!membership || !me.data) return null;

  const roles = invitableRoles(membership.role);
  const caller = { userId: me.data.user.id, role: membership.role };

  return (
    <>
      <PageHeader
        title="Team"
        description={`People in ${membership.tenantName} and what they may do.`}
        actions={
          <>
            <Button
              component={Link}
              to="/app/team/settings"
              variant="default"
              leftSection={<IconSettings size={16} aria-hidden />}
            >
              Team settings
            </Button>
            {roles.length > 0 && (
              <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
                Invite member
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        {invited && (
          <SuccessAlert withCloseButton onClose={() => setInvited(null)} closeButtonLabel="Dismiss">
            <span data-testid="invite-success">
              Invitation sent to {invited}. The link is valid for 7 days.
            </span>
          </SuccessAlert>
        )}
        <MembersCard caller={caller} />
        {roles.length > 0 && <InvitationsCard callerRole={membership.role} />}
      </Stack>
      <InviteDialog
        opened={inviting}
        roles={roles}
        emailVerified={me.data.user.emailVerified}
        onClose={() => setInviting(false)}
        onInvited={(email) => {
          setInviting(false);
          setInvited(email);
        }}
      />
    </>
  );
}
