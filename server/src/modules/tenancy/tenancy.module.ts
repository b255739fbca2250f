import { defineModule } from "../app-module.js";
import { invitationsRouter, tenancyRouter } from "./tenancy.router.js";

export const tenancyModule = defineModule({
  name: "tenancy",
  routers: { tenant: tenancyRouter, invitations: invitationsRouter },
  openApiTags: [
    {
      name: "tenant",
      description:
        "The tenant named by X-Tenant-ID: its members, their roles, ownership and invitations. Owners and admins " +
        "manage; any member reads the member list.",
    },
    {
      name: "invitations",
      description:
        "Invitation links from email: see what a token is for, then accept it as the invited address",
    },
  ],
});
