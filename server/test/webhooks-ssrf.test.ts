import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverWebhook } from "../src/modules/webhooks/services/delivery.service.js";
import { createEndpoint, updateEndpoint } from "../src/modules/webhooks/services/endpoints.service.js";
import { fanOutPendingEvents } from "../src/modules/webhooks/services/fan-out.service.js";
import { raiseEvent } from "../src/modules/webhooks/services/raise-event.js";
import { isPrivateAddress } from "../src/modules/webhooks/services/ssrf-guard.js";
import { useTestApp } from "./support/test-app.js";
import { drainWebhooks, ownerWithTenant, startReceiver } from "./support/webhooks.js";

const app = useTestApp({ env: { JOBS_ENABLED: "false", WEBHOOK_ALLOW_PRIVATE_TARGETS: "false" } });
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

describe("webhook SSRF guard (on)", () => {
  it.each([
    "http://localhost:8080/hook",
    "http://api.localhost/hook",
    "http://127.0.0.1/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:3000/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[::ffff:a9fe:a9fe]/hook",
    "http://10.0.0.5/hook",
    "http://172.16.3.4/hook",
    "http://192.168.1.1/hook",
    "http://100.64.0.1/hook",
    "http://[fe80::1]/hook",
    "http://[fd00:ec2::254]/hook",
    "http://0.0.0.0/hook",
    "ftp://example.com/hook",
    "http://user:pass@example.com/hook",
  ])("refuses %s at save time", async (url) => {
    const { actor } = await ownerWithTenant(app());
    await expect(
      createEndpoint(app().deps, actor, { name: "x", url, events: ["tenant.updated"] }),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
  });

  it("accepts a public address at save time", async () => {
    const { actor } = await ownerWithTenant(app());
    const created = await createEndpoint(app().deps, actor, {
      name: "x",
      url: "https://93.184.215.14/hook",
      events: ["tenant.updated"],
    });
    expect(created.url).toBe("https://93.184.215.14/hook");
    await expect(
      updateEndpoint(app().deps, actor, created.id, { url: "http://127.0.0.1/" }),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
  });

  it("classifies addresses", () => {
    for (const address of [
      "127.0.0.1",
      "::1",
      "169.254.169.254",
      "100.100.100.100",
      "::ffff:10.0.0.1",
      "64:ff9b::7f00:1",
    ])
      expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ["93.184.215.14", "1.1.1.1", "2606:4700::1111", "::ffff:8.8.8.8"])
      expect(isPrivateAddress(address), address).toBe(false);
  });

  it("refuses at delivery a hostname that resolves to 127.0.0.1 (localhost), and the receiver gets nothing", async () => {
    const { actor } = await ownerWithTenant(app());
    const lenient = { ...app().deps, env: { ...app().deps.env, WEBHOOK_ALLOW_PRIVATE_TARGETS: true } };
    // Saved while the guard was off (or through DNS that changed since): the delivery-time check is what stops it.
    const url = `http://localhost:${receiver.port}/hook`;
    const endpoint = await createEndpoint(lenient, actor, { name: "x", url, events: ["tenant.updated"] });
    await app().db.$transaction((tx) =>
      raiseEvent(tx, {
        tenantId: actor.tenantId,
        type: "tenant.updated",
        data: { tenant: { id: actor.tenantId, name: "n", slug: "s" } },
      }),
    );
    expect(await drainWebhooks(app())).toEqual(["retrying"]);
    expect(receiver.received).toHaveLength(0);
    const attempt = await app().db.webhookAttempt.findFirstOrThrow({
      where: { delivery: { endpointId: endpoint.id } },
    });
    expect(attempt.responseCode).toBeNull();
    expect(attempt.error).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
  });

  it("refuses at delivery an IP literal saved while the guard was off", async () => {
    const { actor } = await ownerWithTenant(app());
    const lenient = { ...app().deps, env: { ...app().deps.env, WEBHOOK_ALLOW_PRIVATE_TARGETS: true } };
    const endpoint = await createEndpoint(lenient, actor, {
      name: "x",
      url: receiver.url,
      events: ["tenant.updated"],
    });
    await app().db.$transaction((tx) =>
      raiseEvent(tx, {
        tenantId: actor.tenantId,
        type: "tenant.updated",
        data: { tenant: { id: actor.tenantId, name: "n", slug: "s" } },
      }),
    );
    await drainWebhooks(app());
    expect(receiver.received).toHaveLength(0);
    const attempt = await app().db.webhookAttempt.findFirstOrThrow({
      where: { delivery: { endpointId: endpoint.id } },
    });
    expect(attempt.error).toContain("127.0.0.1");
  });

  it("does not follow redirects", async () => {
    // A 3xx from an allowed target is a failed attempt; the Location is never requested.
    const redirecting = await startReceiver(() => 302);
    const { actor } = await ownerWithTenant(app());
    const lenient = { ...app().deps, env: { ...app().deps.env, WEBHOOK_ALLOW_PRIVATE_TARGETS: true } };
    await createEndpoint(lenient, actor, { name: "x", url: redirecting.url, events: ["tenant.updated"] });
    await app().db.$transaction((tx) =>
      raiseEvent(tx, {
        tenantId: actor.tenantId,
        type: "tenant.updated",
        data: { tenant: { id: actor.tenantId, name: "n", slug: "s" } },
      }),
    );
    const [delivery] = await fanOutPendingEvents(lenient);
    expect(await deliverWebhook(lenient, delivery?.id ?? "")).toBe("retrying");
    expect(redirecting.received).toHaveLength(1);
    await redirecting.close();
  });
});
