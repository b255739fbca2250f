import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { listDueDeliveryIds } from "../../src/modules/webhooks/repositories/delivery.repository.js";
import { deliverWebhook } from "../../src/modules/webhooks/services/delivery.service.js";
import { fanOutPendingEvents } from "../../src/modules/webhooks/services/fan-out.service.js";
import { signUp } from "./auth.js";
import type { TestApp } from "./test-app.js";

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on 127.0.0.1:<random>; `respond` decides each answer's status. */
export async function startReceiver(
  respond: (request: ReceivedRequest, index: number) => number | Promise<number> = () => 200,
) {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const request = {
        path: req.url ?? "/",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(request);
      res.statusCode = await respond(request, received.length - 1);
      res.end(`answer ${res.statusCode}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    /** Requests received on /hook/<name>: one receiver, separate counts per test. */
    to: (name: string) => received.filter((request) => request.path === `/hook/${name}`),
    port,
    received,
    setRespond(next: typeof respond) {
      respond = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What the sweep and the delivery job do, run inline: fan out the outbox, attempt every due delivery. */
export async function drainWebhooks(app: TestApp) {
  await fanOutPendingEvents(app.deps);
  const due = await listDueDeliveryIds(app.db, app.deps.clock.now(), 1000);
  return Promise.all(due.map((id) => deliverWebhook(app.deps, id)));
}

/** A signed-up owner and their personal tenant, as a webhook actor. */
export async function ownerWithTenant(app: TestApp) {
  const account = await signUp(app);
  const membership = await app.db.membership.findFirstOrThrow({
    where: { userId: account.user.id, role: "owner", tenant: { isRoot: false } },
    select: { tenantId: true },
  });
  return { account, actor: { tenantId: membership.tenantId, actorId: account.user.id } };
}
