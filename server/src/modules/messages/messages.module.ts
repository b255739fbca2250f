import { defineModule } from "../app-module.js";
import { messagesRouter } from "./messages.router.js";

export const messagesModule = defineModule({
  name: "messages",
  routers: { messages: messagesRouter },
  openApiTags: [
    { name: "messages", description: "Your in-app messages, such as invitations (access tokens only)" },
  ],
});
