import { createHmac } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createEndpoint,
  getEndpoint,
  rotateSecret,
} from "../src/modules/webhooks/services/endpoints.service.js";
import { sendTestDelivery } from "../src/modules/webhooks/services/operations.service.js";
import { raiseTenantUpdated } from "../src/modules/webhooks/services/tenant-events.js";
import { useTestApp } from "./support/test-app.js";
import { drainWebhooks, ownerWithTenant, type ReceivedRequest, startReceiver } from "./support/webhooks.js";

const app = useTestApp({ env: { JOBS_ENABLED: "false" } });
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

/** The README's recipe: HMAC-SHA256 hex of the exact body, keyed with the whole secret. */
function verifyHex(secret: string, request: ReceivedRequest): boolean {
  const expected = createHmac("sha256", secret).update(request.body).digest("hex");
  return request.headers["x-webhook-signature"] === expected;
}

function verifyStandard(secret: string, request: ReceivedRequest): unknown {
  return new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
}

interface Recipes {
  verifySeedSignature(secret: string, body: string, header: string): boolean;
  verifyStandardSignature(secret: string, body: string, headers: Record<string, string>): boolean;
}

/** The first TypeScript block of the README's "Outgoing webhooks" section, as a module. */
async function readmeRecipes(): Promise<Recipes> {
  const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("### Outgoing webhooks"));
  const code = section.match(/```ts\n([\s\S]*?)```/)?.[1];
  if (!code) throw new Error("README: no TypeScript recipe under Outgoing webhooks");
  const file = join(await mkdtemp(join(tmpdir(), "readme-recipe-")), "verify.ts");
  await writeFile(file, code);
  return (await import(pathToFileURL(file).href)) as Recipes;
}

describe("webhook signatures", () => {
  it("a test delivery carries both signatures, each verifying with the endpoint's secret", async () => {
    const { actor } = await ownerWithTenant(app());
    const endpoint = await createEndpoint(app().deps, actor, {
      name: "Hook",
      url: receiver.url,
      events: ["tenant.updated"],
    });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect((await getEndpoint(app().deps, actor.tenantId, endpoint.id)).secret).toBe(endpoint.secret);
    const before = receiver.received.length;
    const result = await sendTestDelivery(app().deps, actor, endpoint.id);
    expect(result).toMatchObject({ success: true, status: 200 });
    const request = receiver.received[before];
    if (!request) throw new Error("nothing received");
    expect(request.headers["x-webhook-test"]).toBe("true");
    expect(verifyHex(endpoint.secret, request)).toBe(true);
    expect(verifyStandard(endpoint.secret, request)).toMatchObject({
      type: "tenant.created",
      tenantId: actor.tenantId,
    });
    expect(verifyHex(`${endpoint.secret}x`, request)).toBe(false);
    const attempt = await app().db.webhookAttempt.findFirstOrThrow({
      where: { deliveryId: result.deliveryId },
    });
    expect(attempt).toMatchObject({
      responseCode: 200,
      responseBody: "answer 200",
      requestBody: request.body,
    });
  });

  it("a real event verifies, and after a rotation only the new secret does", async () => {
    const { actor } = await ownerWithTenant(app());
    const endpoint = await createEndpoint(app().deps, actor, {
      name: "Hook",
      url: receiver.url,
      events: ["tenant.updated"],
    });
    const rotated = await rotateSecret(app().deps, actor, endpoint.id);
    await app().db.$transaction((tx) => raiseTenantUpdated(tx, actor.tenantId));
    const before = receiver.received.length;
    expect(await drainWebhooks(app())).toContain("succeeded");
    const request = receiver.received
      .slice(before)
      .find((r) => JSON.parse(r.body).tenantId === actor.tenantId);
    if (!request) throw new Error("event not received");
    expect(JSON.parse(request.body)).toMatchObject({
      type: "tenant.updated",
      data: { tenant: { id: actor.tenantId } },
    });
    expect(verifyHex(rotated.secret, request)).toBe(true);
    expect(verifyStandard(rotated.secret, request)).toMatchObject({ type: "tenant.updated" });
    expect(verifyHex(endpoint.secret, request)).toBe(false);
    expect(() => verifyStandard(endpoint.secret, request)).toThrow();
  });

  it("the README's hand-written recipes verify a real delivery and refuse a forged, altered or stale one", async () => {
    const recipes = await readmeRecipes();
    const { actor } = await ownerWithTenant(app());
    const endpoint = await createEndpoint(app().deps, actor, {
      name: "Hook",
      url: receiver.url,
      events: ["tenant.updated"],
    });
    const before = receiver.received.length;
    await sendTestDelivery(app().deps, actor, endpoint.id);
    const request = receiver.received[before];
    if (!request) throw new Error("nothing received");
    const headers = request.headers as Record<string, string>;
    const seedHeader = headers["x-webhook-signature"] ?? "";
    expect(recipes.verifySeedSignature(endpoint.secret, request.body, seedHeader)).toBe(true);
    expect(recipes.verifyStandardSignature(endpoint.secret, request.body, headers)).toBe(true);
    const altered = request.body.replace("tenant.created", "tenant.updated");
    expect(recipes.verifySeedSignature(endpoint.secret, altered, seedHeader)).toBe(false);
    expect(recipes.verifyStandardSignature(endpoint.secret, altered, headers)).toBe(false);
    const other = (await rotateSecret(app().deps, actor, endpoint.id)).secret;
    expect(recipes.verifySeedSignature(other, request.body, seedHeader)).toBe(false);
    expect(recipes.verifyStandardSignature(other, request.body, headers)).toBe(false);
    const stale = { ...headers, "webhook-timestamp": String(Number(headers["webhook-timestamp"]) - 600) };
    expect(recipes.verifyStandardSignature(endpoint.secret, request.body, stale)).toBe(false);
  });

  it("the secret is stored encrypted, never in clear", async () => {
    const { actor } = await ownerWithTenant(app());
    const endpoint = await createEndpoint(app().deps, actor, {
      name: "Hook",
      url: receiver.url,
      events: ["tenant.updated"],
    });
    const row = await app().db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row.secretEncrypted).not.toContain(endpoint.secret.slice(6));
    expect(row.secretPreview).toBe(endpoint.secret.slice(-8));
  });
});
