import { router } from "../../trpc/init.js";
import { changeMemberRoleRoute } from "./routes/change-member-role.js";
import { listMembersRoute } from "./routes/list-members.js";
import { removeMemberRoute } from "./routes/remove-member.js";
import { transferOwnershipRoute } from "./routes/transfer-ownership.js";

export const tenancyRouter = router({
  members: listMembersRoute,
  changeRole: changeMemberRoleRoute,
  removeMember: removeMemberRoute,
  transferOwnership: transferOwnershipRoute,
});
