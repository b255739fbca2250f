import { router } from "../../trpc/init.js";
import { listMessagesRoute } from "./routes/list-messages.js";
import { markAllReadRoute } from "./routes/mark-all-read.js";
import { markReadRoute } from "./routes/mark-read.js";
import { unreadCountRoute } from "./routes/unread-count.js";

export const messagesRouter = router({
  list: listMessagesRoute,
  unreadCount: unreadCountRoute,
  markRead: markReadRoute,
  markAllRead: markAllReadRoute,
});
