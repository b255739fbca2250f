import type { MembershipRole } from "@baseplate/db";
import { renderTemplate } from "../../config/services/config-rules.js";
import { renderEmail } from "../../mail/templates.js";

export interface InvitationContent {
  appName: string;
  /** The mail.invitation_subject setting: {inviter}, {tenant}, {app}. */
  subjectTemplate: string;
  tenantName: string;
  inviterName: string;
  role: MembershipRole;
  link: string;
  expiresAt: Date;
  existingAccount: boolean;
}

function expiry(content: InvitationContent): string {
  return content.expiresAt.toISOString().slice(0, 10);
}

/** Existing accounts get a join link; new addresses a sign-up-and-join link (same page, other words). */
export function invitationEmail(content: InvitationContent) {
  return renderEmail(content.appName, {
    subject: renderTemplate(content.subjectTemplate, {
      inviter: content.inviterName,
      tenant: content.tenantName,
      app: content.appName,
    }),
    heading: `Join ${content.tenantName}`,
    paragraphs: [
      `${content.inviterName} invited you to join ${content.tenantName} on ${content.appName} as ${content.role}.`,
      content.existingAccount
        ? "Sign in with this email address and accept the invitation."
        : `Create your ${content.appName} account with this email address to join.`,
      `The link works once and expires on ${expiry(content)}.`,
    ],
    action: {
      label: content.existingAccount ? "Accept the invitation" : "Create account and join",
      url: content.link,
    },
    footer:
      "You received this because someone invited this address. If you did not expect it, ignore this email.",
  });
}

/**
 * The in-app notice (accepted from the message by invitation id); the join link itself travels
 * only by email (only its hash is stored).
 */
export function invitationMessage(content: InvitationContent) {
  return {
    type: "invitation",
    title: `Invitation to join ${content.tenantName}`,
    body: `${content.inviterName} invited you to join ${content.tenantName} as ${content.role}. Accept it here or with the link in the invitation email; it expires on ${expiry(content)}.`,
    link: null,
  };
}
