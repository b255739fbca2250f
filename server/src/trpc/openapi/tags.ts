/** Tag descriptions, in the order the docs show them. */
export const tags = [
  { name: "system", description: "Version, status and client error reports; no credentials needed" },
  {
    name: "auth",
    description:
      "Accounts and sessions: sign-up, login, token refresh, email verification, password reset, profile and " +
      "signed-in sessions. Account routes accept access tokens only, never API keys.",
  },
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
  { name: "messages", description: "Your in-app messages, such as invitations (access tokens only)" },
  {
    name: "admin",
    description: "Platform administration: admins and owners of the root tenant, or admin API keys",
  },
];
