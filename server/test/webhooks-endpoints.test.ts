import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  rotateSecret,
  updateEndpoint,
} from "../src/modules/webhooks/services/endpoints.service.js";
import { requeueDelivery, sendTestDelivery } from "../src/modules/webhooks/services/operations.service.js";
import { raiseEvent } from "../src/modules/webhooks/services/raise-event.js";
import { useTestApp } from "./support/test-app.js";
import { drainWebhooks, ownerWithTenant, startReceiver } from "./support/webhooks.js";

const app = useTestApp({ env: { JOBS_ENABLED: "false", WEBHOOK_RETRY_SCHEDULE: "1s" } });
let failing = false;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver(() => (failing ? 500 : 200));
});
afterAll(() => receiver.close());

const input = () => ({ name: "Hook", url: receiver.url, events: ["tenant.updated"] });

describe("webhook endpoint services", () => {
  it("another tenant can neither read nor change an endpoint", async () => {
    const mine = await ownerWithTenant(app());
    const other = await ownerWithTenant(app());
    const endpoint = await createEndpoint(app().deps, mine.actor, input());
    const deps = app().deps;
    for (const attempt of [
      () => getEndpoint(deps, other.actor.tenantId, endpoint.id),
      () => updateEndpoint(deps, other.actor, endpoint.id, { name: "taken" }),
      () => rotateSecret(deps, other.actor, endpoint.id),
      () => deleteEndpoint(deps, other.actor, endpoint.id),
      () => sendTestDelivery(deps, other.actor, endpoint.id),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getEndpoint(deps, mine.actor.tenantId, endpoint.id)).name).toBe("Hook");
  });

  it("rejects unknown event types", async () => {
    const { actor } = await ownerWithTenant(app());
    await expect(
      createEndpoint(app().deps, actor, { ...input(), events: ["nope.nope"] }),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
  });

  it("a deleted endpoint stops at once: its waiting deliveries end dead, unsent", async () => {
    const { actor } = await ownerWithTenant(app());
    const endpoint = await createEndpoint(app().deps, actor, input());
    await app().db.$transaction((tx) =>
      raiseEvent(tx, {
        tenantId: actor.tenantId,
        type: "tenant.updated",
        data: { tenant: { id: actor.tenantId, name: "n", slug: "s" } },
      }),
    );
    const before = receiver.received.length;
    await deleteEndpoint(app().deps, actor, endpoint.id);
    await drainWebhooks(app());
    expect(receiver.received.length).toBe(before);
    await expect(getEndpoint(app().deps, actor.tenantId, endpoint.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await app().db.auditLog.count({
        where: { tenantId: actor.tenantId, action: { startsWith: "webhooks." } },
      }),
    ).toBe(2);
  });

  it("a failing test delivery is recorded, ends dead at once (never retried) and is not requeued", async () => {
    const { actor } = await ownerWithTenant(app());
    const endpoint = await createEndpoint(app().deps, actor, input());
    failing = true;
    const result = await sendTestDelivery(app().deps, actor, endpoint.id);
    failing = false;
    expect(result).toMatchObject({ success: false, status: 500 });
    const row = await app().db.webhookDelivery.findUniqueOrThrow({ where: { id: result.deliveryId } });
    expect(row).toMatchObject({ status: "dead", isTest: true, nextAttemptAt: null, attempts: 1 });
    expect(await requeueDelivery(app().deps, actor, result.deliveryId)).toEqual({ requeued: 0 });
  });
});
