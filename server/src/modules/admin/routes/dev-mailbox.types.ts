import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

export const devMailboxInput = z.void();

export const devMailboxOutput = z.object({
  emails: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      subject: z.string(),
      text: z.string().describe("Plain-text body; replaced by a note once SMTP delivered it"),
      kind: z.string(),
      status: z.enum(["pending", "sent", "captured", "failed"]),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      sentAt: z.date().nullable(),
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
      "The 100 newest emails: the dev mailbox without SMTP_URL, the outbox with delivery state with it",
  },
} satisfies OpenApiMeta;
