import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import {
  countUnreadMessages,
  listMessagesOfUser,
  markMessageRead,
} from "../repositories/message.repository.js";

const LIST_LIMIT = 200;

export function listMessages(deps: AppDeps, userId: string) {
  return listMessagesOfUser(deps.db, userId, LIST_LIMIT);
}

export function unreadMessageCount(deps: AppDeps, userId: string) {
  return countUnreadMessages(deps.db, userId);
}

/** Someone else's message answers exactly like a missing one: no probing of ids. */
export async function markRead(deps: AppDeps, userId: string, messageId: string): Promise<void> {
  if (!(await markMessageRead(deps.db, userId, messageId)))
    throw new AppError("NOT_FOUND", "Message not found");
}
