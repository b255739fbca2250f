import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { sample } from "../../../trpc/openapi/examples.js";

export const devMailboxInput = z.void();

export const devMailboxOutput = z.object({
  emails: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      subject: z.string(),
      text: z
        .string()
        .describe(
          "Plain-text body of captured mail while its link works; otherwise a note (mail for SMTP is never shown)",
        ),
      kind: z.string(),
      status: z.enum(["pending", "sent", "captured", "failed"]),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      sentAt: z.date().nullable(),
      linkExpiresAt: z.date().nullable().describe("When the link in the message stops working"),
      createdAt: z.date(),
    }),
  ),
  smtpConfigured: z.boolean().describe("False: mail is captured here instead of being sent"),
});

export const devMailboxMeta = {
  openapi: {
    method: "GET",
    path: "/admin/dev-mailbox",
    tags: ["admin"],
    summary:
      "The 100 newest emails: the dev mailbox without SMTP_URL, the outbox with delivery state with it (not in production)",
  },
  examples: {
    response: {
      emails: [
        {
          id: sample.messageId,
          to: "user@example.com",
          subject: "Verify your email",
          text: "Open this link to verify your address: https://app.example.com/verify-email#token=...",
          kind: "verify_email",
          status: "captured",
          attempts: 0,
          lastError: null,
          sentAt: null,
          linkExpiresAt: sample.later,
          createdAt: sample.at,
        },
      ],
      smtpConfigured: false,
    },
  },
} satisfies OpenApiMeta;
