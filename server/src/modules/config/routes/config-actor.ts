import type { ConfigActor } from "../services/config-admin.service.js";

export function configActor(ctx: {
  principal: { userId: string };
  request: ConfigActor["origin"];
}): ConfigActor {
  return { userId: ctx.principal.userId, origin: ctx.request };
}
