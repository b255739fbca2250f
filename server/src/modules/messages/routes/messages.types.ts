import { z } from "zod";
import { nextCursorOutput, pageInput } from "../../../lib/pagination.js";
import { operationMeta } from "../../../trpc/meta.js";
import { sample } from "../../../trpc/openapi/examples.js";

const messagesMeta = operationMeta("messages");

export const listMessagesInput = pageInput;
export const listMessagesOutput = z.object({
  messages: z.array(
    z
      .object({
        id: z.string(),
        userId: z.string(),
        type: z.string(),
        title: z.string(),
        body: z.string(),
        link: z.string().nullable(),
        isRead: z.boolean(),
        createdAt: z.date(),
        invitationId: z.string().nullable().describe("Set on an invitation notice: accept it in the app"),
        invitationStatus: z.enum(["open", "accepted", "revoked", "expired"]).nullable(),
      })
      .meta({ id: "Message", description: "One of your in-app messages" }),
  ),
  nextCursor: nextCursorOutput,
});
export const listMessagesMeta = messagesMeta(
  "GET",
  "/messages",
  "Your messages, newest first (system notifications such as invitations)",
  {
    examples: {
      request: { limit: 50 },
      response: {
        messages: [
          {
            id: sample.messageId,
            userId: sample.userId,
            type: "invitation",
            title: "Jane Doe invited you to Acme Corp",
            body: "You were invited to join Acme Corp as a user.",
            link: null,
            isRead: false,
            createdAt: sample.at,
            invitationId: sample.invitationId,
            invitationStatus: "open",
          },
        ],
        nextCursor: null,
      },
    },
  },
);

export const unreadCountInput = z.void();
export const unreadCountOutput = z.object({ count: z.number().int() });
export const unreadCountMeta = messagesMeta("GET", "/messages/unread-count", "Number of unread messages", {
  description: "For notification badges.",
  examples: { response: { count: 3 } },
});

export const markReadInput = z.object({ messageId: z.uuid("messageId must be a message id (UUID)") });
export const markReadOutput = z.object({ message: z.string() });
export const markReadMeta = messagesMeta(
  "PATCH",
  "/messages/{messageId}/read",
  "Mark one of your messages as read",
  {
    errorResponses: { 404: "Message not found (or not yours)" },
    examples: { request: { messageId: sample.messageId }, response: { message: "Marked as read" } },
  },
);

export const markAllReadInput = z.void();
export const markAllReadOutput = z.object({ message: z.string(), count: z.number().int() });
export const markAllReadMeta = messagesMeta(
  "POST",
  "/messages/read-all",
  "Mark all of your messages as read; count = how many were unread",
  { examples: { response: { message: "Marked 3 messages as read", count: 3 } } },
);
