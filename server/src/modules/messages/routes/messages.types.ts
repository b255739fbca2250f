import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

function messagesMeta(method: "GET" | "PATCH", path: `/${string}`, summary: string): OpenApiMeta {
  return { openapi: { method, path, tags: ["messages"], summary } } satisfies OpenApiMeta;
}

export const listMessagesInput = z.void();
export const listMessagesOutput = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      userId: z.string(),
      type: z.string(),
      title: z.string(),
      body: z.string(),
      link: z.string().nullable(),
      isRead: z.boolean(),
      createdAt: z.date(),
    }),
  ),
});
export const listMessagesMeta = messagesMeta(
  "GET",
  "/messages",
  "Your messages, newest first (system notifications such as invitations)",
);

export const unreadCountInput = z.void();
export const unreadCountOutput = z.object({ count: z.number().int() });
export const unreadCountMeta = messagesMeta("GET", "/messages/unread-count", "Number of unread messages");

export const markReadInput = z.object({ messageId: z.uuid("messageId must be a message id (UUID)") });
export const markReadOutput = z.object({ message: z.string() });
export const markReadMeta = messagesMeta(
  "PATCH",
  "/messages/{messageId}/read",
  "Mark one of your messages as read",
);
