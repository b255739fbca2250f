import { router } from "../../trpc/init.js";
import { acceptInvitationRoute } from "./routes/accept-invitation.js";
import { acceptInvitationByIdRoute } from "./routes/accept-invitation-by-id.js";
import { changeMemberRoleRoute } from "./routes/change-member-role.js";
import { createTenantRoute } from "./routes/create-tenant.js";
import { currentTenantRoute } from "./routes/current-tenant.js";
import { inviteMemberRoute } from "./routes/invite-member.js";
import { leaveTenantRoute } from "./routes/leave-tenant.js";
import { listInvitationsRoute } from "./routes/list-invitations.js";
import { listMembersRoute } from "./routes/list-members.js";
import { previewInvitationRoute } from "./routes/preview-invitation.js";
import { removeMemberRoute } from "./routes/remove-member.js";
import { renameTenantRoute } from "./routes/rename-tenant.js";
import { revokeInvitationRoute } from "./routes/revoke-invitation.js";
import { transferOwnershipRoute } from "./routes/transfer-ownership.js";

export const tenancyRouter = router({
  create: createTenantRoute,
  current: currentTenantRoute,
  rename: renameTenantRoute,
  leave: leaveTenantRoute,
  members: listMembersRoute,
  changeRole: changeMemberRoleRoute,
  removeMember: removeMemberRoute,
  transferOwnership: transferOwnershipRoute,
  invite: inviteMemberRoute,
  invitations: listInvitationsRoute,
  revokeInvitation: revokeInvitationRoute,
});

/** Invitation links work before the invitee belongs to the tenant, so they sit outside `tenant`. */
export const invitationsRouter = router({
  preview: previewInvitationRoute,
  accept: acceptInvitationRoute,
  acceptById: acceptInvitationByIdRoute,
});
