import { type RenderedEmail, renderEmail } from "../../mail/templates.js";

const IGNORE = "If you did not ask for this, you can ignore this email.";

export function verificationEmail(appName: string, displayName: string, link: string): RenderedEmail {
  return renderEmail(appName, {
    subject: `Verify your email address for ${appName}`,
    heading: "Verify your email address",
    paragraphs: [
      `Hi ${displayName},`,
      `Please confirm that this is your email address by opening the link below. It works once and expires in 24 hours.`,
    ],
    action: { label: "Verify email address", url: link },
    footer: `You received this email because an account was created on ${appName} with this address. ${IGNORE}`,
  });
}

export function passwordResetEmail(appName: string, displayName: string, link: string): RenderedEmail {
  return renderEmail(appName, {
    subject: `Reset your ${appName} password`,
    heading: "Reset your password",
    paragraphs: [
      `Hi ${displayName},`,
      "Someone asked to reset the password of your account. Open the link below to choose a new one. It works once and expires in 1 hour.",
      "Resetting your password signs you out everywhere.",
    ],
    action: { label: "Choose a new password", url: link },
    footer: `${IGNORE} Your password stays as it is.`,
  });
}
