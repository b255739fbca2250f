import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "./support/auth.js";
import { addMember } from "./support/factories.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";
import { restAs, seedSignature, teamOwner } from "./support/webhook-routes.js";
import { startReceiver } from "./support/webhooks.js";

const app = useTestApp({ env: { JOBS_ENABLED: "false" } });
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let operator: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  operator = await signUp(app()); // the first account: platform operator (root owner)
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

const hook = (name: string) => ({ name, url: `${receiver.url}/${name}`, events: ["tenant.updated"] });

describe("webhook endpoints over REST", () => {
  it("create, list newest first, detail with the secret, update keeps it, test, rotate, delete", async () => {
    const { rest } = await teamOwner(app());
    const first = await rest("POST", "/webhooks/endpoints", { ...hook("crud-a"), description: "Provision" });
    expect(first.status).toBe(200);
    const { webhook, secret } = first.body;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/); // base64 (24 bytes), as Standard Webhooks reads it
    expect(webhook).toMatchObject({ name: "crud-a", description: "Provision", isActive: true });
    expect(webhook.secretPreview).toBe(secret.slice(-8));
    expect(JSON.stringify(webhook)).not.toContain(secret);
    const second = await rest("POST", "/webhooks/endpoints", hook("crud-b"));

    const list = await rest("GET", "/webhooks/endpoints");
    expect(list.body.webhooks.map((w: { name: string }) => w.name)).toEqual(["crud-b", "crud-a"]);
    expect(list.body.webhooks[0].health).toEqual({ attempts: 0, succeeded: 0, successRate: null });

    const patched = await rest("PATCH", `/webhooks/endpoints/${webhook.id}`, {
      name: "crud-a renamed",
      url: `${receiver.url}/crud-a2`,
    });
    expect(patched.body.webhook).toMatchObject({ name: "crud-a renamed", url: `${receiver.url}/crud-a2` });
    expect((await rest("GET", `/webhooks/endpoints/${webhook.id}`)).body.secret).toBe(secret);

    const tested = await rest("POST", `/webhooks/endpoints/${webhook.id}/test`);
    expect(tested.body.delivery).toMatchObject({
      eventType: "tenant.created",
      success: true,
      responseCode: 200,
    });
    const [received] = receiver.to("crud-a2");
    expect(received?.headers["x-webhook-test"]).toBe("true");
    expect(received?.headers["x-webhook-signature"]).toBe(seedSignature(secret, received?.body ?? ""));

    const detail = await rest("GET", `/webhooks/endpoints/${webhook.id}`);
    expect(detail.body.deliveries).toHaveLength(1);
    expect(detail.body.deliveries[0]).toMatchObject({
      deliveryId: tested.body.delivery.id,
      eventType: "tenant.created",
      payload: received?.body,
      responseCode: 200,
      responseBody: "answer 200",
      success: true,
    });
    const health = (await rest("GET", "/webhooks/endpoints")).body.webhooks[1].health;
    expect(health).toEqual({ attempts: 1, succeeded: 1, successRate: 1 });

    const rotated = await rest("POST", `/webhooks/endpoints/${webhook.id}/rotate-secret`);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(secret);
    await rest("POST", `/webhooks/endpoints/${webhook.id}/test`);
    const afterRotation = receiver.to("crud-a2")[1];
    expect(afterRotation?.headers["x-webhook-signature"]).toBe(
      seedSignature(rotated.body.secret, afterRotation?.body ?? ""),
    );
    expect(afterRotation?.headers["x-webhook-signature"]).not.toBe(
      seedSignature(secret, afterRotation?.body ?? ""),
    );

    expect((await rest("DELETE", `/webhooks/endpoints/${webhook.id}`)).body).toEqual({ status: "deleted" });
    expect((await rest("GET", `/webhooks/endpoints/${webhook.id}`)).status).toBe(404);
    expect((await rest("DELETE", `/webhooks/endpoints/${webhook.id}`)).status).toBe(404);
    const remaining = (await rest("GET", "/webhooks/endpoints")).body.webhooks;
    expect(remaining.map((w: { id: string }) => w.id)).toEqual([second.body.webhook.id]);
  });

  it("a test to a failing receiver is a result, not an error", async () => {
    receiver.setRespond((request) => (request.path.endsWith("/failing-test") ? 503 : 200));
    const { rest } = await teamOwner(app());
    const { body } = await rest("POST", "/webhooks/endpoints", hook("failing-test"));
    const tested = await rest("POST", `/webhooks/endpoints/${body.webhook.id}/test`);
    expect(tested.status).toBe(200);
    expect(tested.body.delivery).toMatchObject({ success: false, responseCode: 503, error: "HTTP 503" });
    receiver.setRespond(() => 200);
  });

  it("limits test deliveries to 10 a minute per webhook, however many are sent at once", async () => {
    const { rest } = await teamOwner(app());
    const { body } = await rest("POST", "/webhooks/endpoints", hook("test-limit"));
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => rest("POST", `/webhooks/endpoints/${body.webhook.id}/test`)),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array(10).fill(200), 429, 429]);
    expect(answers.find((answer) => answer.status === 429)?.body.error).toContain("Too many test deliveries");
    expect(receiver.to("test-limit")).toHaveLength(10);
  });

  it("lists the event types with descriptions; the OpenAPI document describes every payload", async () => {
    const { rest } = await teamOwner(app());
    const { body } = await rest("GET", "/webhooks/event-types");
    const types = body.eventTypes.map((entry: { type: string }) => entry.type);
    expect(types).toEqual(expect.arrayContaining(["tenant.created", "member.added", "invitation.accepted"]));
    expect(body.eventTypes.every((entry: { description: string }) => entry.description.length > 10)).toBe(
      true,
    );

    const document = await json(await app().http("/api/openapi.json"));
    expect(Object.keys(document.webhooks).sort()).toEqual([...types].sort());
    const schema =
      document.webhooks["member.role_changed"].post.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(expect.arrayContaining(["id", "type", "createdAt", "tenantId", "data"]));
    expect(schema.properties.data.properties).toHaveProperty("from");
    const headers = document.webhooks["member.role_changed"].post.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(headers).toEqual(
      expect.arrayContaining(["X-Webhook-Signature", "webhook-id", "webhook-signature"]),
    );
    expect(document.paths["/webhooks/outbound/{deliveryId}/resend"].post.tags).toEqual(["webhooks"]);
    expect(document.paths["/admin/webhooks/endpoints"].get.tags).toEqual(["admin-webhooks"]);
  });

  it("refuses bad input with a 400 that says why, and stores nothing", async () => {
    const { rest, tenantId } = await teamOwner(app());
    const cases: [unknown, string][] = [
      [{ ...hook("x"), events: ["tenant.exploded"] }, "Unknown event type"],
      [{ ...hook("x"), events: [] }, "at least one event type"],
      [{ ...hook("x"), url: "ftp://example.com/hook" }, "http"],
      [{ ...hook("x"), url: "not a url" }, "URL"],
      [{ ...hook("x"), name: "n".repeat(101) }, "at most 100"],
      [{ ...hook("x"), name: "bad\u0007name" }, "control characters"],
      [{ ...hook("x"), name: 42 }, "name"],
      [{ url: `${receiver.url}/x`, events: ["tenant.updated"] }, "Name is required"],
    ];
    for (const [body, message] of cases) {
      const answer = await rest("POST", "/webhooks/endpoints", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error, JSON.stringify(body)).toContain(message);
    }
    expect((await rest("GET", "/webhooks/endpoints/not-a-uuid")).status).toBe(400);
    expect((await rest("GET", "/webhooks/outbound?status=lost")).status).toBe(400);
    expect((await rest("GET", "/webhooks/outbound?cursor=garbage")).status).toBe(400);
    expect((await rest("GET", "/webhooks/outbound?from=yesterday")).status).toBe(400);
    expect((await rest("GET", "/webhooks/outbound?limit=1000")).status).toBe(400);
    expect((await rest("PATCH", `/webhooks/endpoints/${randomUUID()}`, { isActive: "yes" })).status).toBe(
      400,
    );
    expect(await app().db.webhookEndpoint.count({ where: { tenantId } })).toBe(0);
  });
});

describe("who may manage webhooks", () => {
  it("owners and admins of the team; plain members get 403; other teams see nothing of it", async () => {
    const victim = await teamOwner(app());
    const { body } = await victim.rest("POST", "/webhooks/endpoints", hook("victim"));
    const webhookId = body.webhook.id;
    await victim.rest("POST", `/webhooks/endpoints/${webhookId}/test`);
    const [delivery] = (await victim.rest("GET", "/webhooks/outbound")).body.deliveries;
    const before = await app().db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhookId } });

    const member = await signUp(app());
    await addMember(app().db, member.user.id, victim.tenantId, "user");
    const asMember = restAs(app(), member.accessToken, victim.tenantId);
    expect((await asMember("GET", "/webhooks/endpoints")).status).toBe(403);
    expect((await asMember("GET", "/webhooks/outbound")).status).toBe(403);
    const admin = await signUp(app());
    await addMember(app().db, admin.user.id, victim.tenantId, "admin");
    expect(
      (await restAs(app(), admin.accessToken, victim.tenantId)("GET", "/webhooks/endpoints")).status,
    ).toBe(200);

    // Another team's owner, in their own team, with the victim's ids: not found, nothing changed.
    const attacker = await teamOwner(app());
    const attempts: [string, string, unknown?][] = [
      ["GET", `/webhooks/endpoints/${webhookId}`],
      ["PATCH", `/webhooks/endpoints/${webhookId}`, { url: "https://evil.example/hook" }],
      ["DELETE", `/webhooks/endpoints/${webhookId}`],
      ["POST", `/webhooks/endpoints/${webhookId}/test`],
      ["POST", `/webhooks/endpoints/${webhookId}/rotate-secret`],
      ["GET", `/webhooks/outbound/${delivery.id}`],
      ["POST", `/webhooks/outbound/${delivery.id}/requeue`],
      ["POST", `/webhooks/outbound/${delivery.id}/resend`],
      ["POST", "/webhooks/outbound/requeue-dead", { webhookId }],
    ];
    for (const [method, path, input] of attempts)
      expect((await attacker.rest(method, path, input)).status, `${method} ${path}`).toBe(404);
    expect((await attacker.rest("GET", "/webhooks/endpoints")).body.webhooks).toEqual([]);
    expect((await attacker.rest("GET", `/webhooks/outbound?webhookId=${webhookId}`)).body.deliveries).toEqual(
      [],
    );
    expect(await app().db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhookId } })).toEqual(before);
    expect(await app().db.webhookDelivery.count({ where: { endpointId: webhookId } })).toBe(1);
  });

  it("platform admins manage the root tenant's webhooks under /admin/webhooks; others get 403", async () => {
    const rootTenant = operator.memberships.find((m) => m.isRoot)?.tenantId ?? "";
    const asOperator = restAs(app(), operator.accessToken);
    const created = await asOperator("POST", "/admin/webhooks/endpoints", {
      ...hook("platform"),
      events: ["tenant.created", "user.created"],
    });
    expect(created.status).toBe(200);
    const row = await app().db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.body.webhook.id } });
    expect(row.tenantId).toBe(rootTenant);
    expect((await asOperator("GET", "/admin/webhooks/endpoints")).body.webhooks).toHaveLength(1);

    const someone = await teamOwner(app());
    expect(
      (await restAs(app(), someone.account.accessToken)("GET", "/admin/webhooks/endpoints")).status,
    ).toBe(403);
    // The tenant route of another team never shows the platform's webhook.
    expect((await someone.rest("GET", `/webhooks/endpoints/${created.body.webhook.id}`)).status).toBe(404);
  });
});
