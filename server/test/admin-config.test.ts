import { beforeAll, describe, expect, it } from "vitest";
import { callerWith, signUp, signUpVerified, uniqueEmail } from "./support/auth.js";
import { type Json, json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp({ env: { APP_NAME: "Acme Cloud" } });

let operator: string;
let member: string;
let memberTenantId: string;

beforeAll(async () => {
  // The first account of a fresh database owns the root tenant: a platform administrator.
  operator = (await signUpVerified(app())).accessToken;
  const account = await signUpVerified(app());
  member = account.accessToken;
  memberTenantId = account.memberships[0]?.tenantId ?? "";
});

function call(path: string, init: { method?: string; token?: string | null; body?: unknown } = {}) {
  const token = init.token === undefined ? operator : init.token;
  return app().http(`/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function expectStatus(response: Response, status: number): Promise<Json> {
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(status);
  return body;
}

const configRows = () => app().db.configVariable.findMany({ orderBy: { name: "asc" } });

describe("config variables", () => {
  it("lists the system variables the product reads, seeded from the environment at first start", async () => {
    const { configs } = await expectStatus(await call("/admin/config"), 200);
    expect(Object.keys(configs)).toEqual(
      expect.arrayContaining([
        "app.name",
        "billing.grace_period_days",
        "invitations.expiry_days",
        "mail.invitation_subject",
        "ui.color_scheme",
      ]),
    );
    expect(configs["app.name"]).toMatchObject({
      name: "app.name",
      type: "string",
      value: "Acme Cloud",
      isSystem: true,
      options: "",
    });
    expect(configs["ui.color_scheme"]).toMatchObject({
      type: "enum",
      options: "auto|light|dark",
      value: "auto",
    });
    expect(await expectStatus(await call("/admin/config/invitations.expiry_days"), 200)).toMatchObject({
      type: "numeric",
      value: "7",
    });
  });

  it("creates typed variables and validates each type", async () => {
    const created = await expectStatus(
      await call("/admin/config", {
        method: "POST",
        body: { name: "feature.max_uploads", type: "numeric", value: "100", description: "Uploads per user" },
      }),
      200,
    );
    expect(created).toMatchObject({
      name: "feature.max_uploads",
      value: "100",
      isSystem: false,
      options: "",
    });
    await expectStatus(
      await call("/admin/config", {
        method: "POST",
        body: { name: "feature.tier", type: "enum", value: "gold", options: "bronze|silver|gold" },
      }),
      200,
    );
    await expectStatus(
      await call("/admin/config", {
        method: "POST",
        body: {
          name: "mail.footer",
          type: "template",
          value: "Sent by {app} to {email}",
          options: "app|email",
        },
      }),
      200,
    );

    const before = await configRows();
    const refusals: [unknown, RegExp][] = [
      [{ name: "Feature.Upper", type: "string", value: "x" }, /dotted lower-case/],
      [{ name: "nodots", type: "string", value: "x" }, /dotted lower-case/],
      [{ name: "feature.bad", type: "numeric", value: "lots" }, /must be a number/],
      [{ name: "feature.bad", type: "numeric", value: "1", options: "a|b" }, /take no options/],
      [{ name: "feature.bad", type: "enum", value: "red" }, /list the allowed values/],
      [
        { name: "feature.bad", type: "enum", value: "red", options: "blue|green" },
        /must be one of blue, green/,
      ],
      [{ name: "feature.bad", type: "enum", value: "a", options: "a|a" }, /repeat/],
      [
        { name: "feature.bad", type: "template", value: "Hi {name}", options: "user" },
        /unknown placeholder \{name\}/,
      ],
      [{ name: "feature.bad", type: "template", value: "Hi {user", options: "user" }, /unbalanced/],
      [{ name: "feature.bad", type: "colour", value: "x" }, /type must be/],
      [{ name: "feature.bad", type: "string", value: "a\u0000b" }, /NUL|control/i],
    ];
    for (const [body, message] of refusals) {
      const error = await expectStatus(await call("/admin/config", { method: "POST", body }), 400);
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.error).toMatch(message);
    }
    const duplicate = await expectStatus(
      await call("/admin/config", {
        method: "POST",
        body: { name: "feature.max_uploads", type: "string", value: "x" },
      }),
      409,
    );
    expect(duplicate.error).toMatch(/already exists/);
    expect(await configRows()).toEqual(before);
  });

  it("creates a name once when many operators race for it", async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        call("/admin/config", {
          method: "POST",
          body: { name: "feature.race", type: "numeric", value: String(index) },
        }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([
      200, 409, 409, 409, 409, 409, 409, 409,
    ]);
    expect(await app().db.configVariable.count({ where: { name: "feature.race" } })).toBe(1);
  });

  it("updates operators' own variables fully and deletes them, with an audit entry for each change", async () => {
    const updated = await expectStatus(
      await call("/admin/config/feature.tier", {
        method: "PUT",
        body: { value: "platinum", options: "gold|platinum", description: "Customer tier" },
      }),
      200,
    );
    expect(updated).toMatchObject({
      value: "platinum",
      options: "gold|platinum",
      description: "Customer tier",
    });
    await expectStatus(
      await call("/admin/config/feature.tier", { method: "PUT", body: { value: "bronze" } }),
      400,
    );
    expect(await expectStatus(await call("/admin/config/feature.tier", { method: "DELETE" }), 200)).toEqual({
      message: "Config variable deleted",
    });
    await expectStatus(await call("/admin/config/feature.tier"), 404);
    await expectStatus(await call("/admin/config/feature.tier", { method: "DELETE" }), 404);
    await expectStatus(
      await call("/admin/config/feature.nothing", { method: "PUT", body: { value: "x" } }),
      404,
    );

    const audit = await app().db.auditLog.findMany({
      where: { action: { startsWith: "config." }, message: { contains: "feature.tier" } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      "config.created",
      "config.updated",
      "config.deleted",
    ]);
  });

  it("lets system variables change only their value, within their bounds, and never be deleted", async () => {
    const before = await configRows();
    const refusals: [string, string, unknown, number, RegExp][] = [
      ["PUT", "app.name", { value: "X", description: "Mine now" }, 409, /only its value can change/],
      ["PUT", "ui.color_scheme", { value: "dark", options: "dark|neon" }, 409, /only its value can change/],
      ["PUT", "ui.color_scheme", { value: "neon" }, 400, /must be one of auto, light, dark/],
      ["PUT", "invitations.expiry_days", { value: "0" }, 400, /at least 1/],
      ["PUT", "invitations.expiry_days", { value: "31" }, 400, /at most 30/],
      ["PUT", "invitations.expiry_days", { value: "soon" }, 400, /must be a number/],
      ["PUT", "app.name", { value: "   " }, 400, /must not be empty/],
      ["PUT", "mail.invitation_subject", { value: "Join {team}" }, 400, /unknown placeholder \{team\}/],
      ["DELETE", "app.name", undefined, 409, /cannot be deleted/],
    ];
    for (const [method, name, body, status, message] of refusals) {
      const error = await expectStatus(await call(`/admin/config/${name}`, { method, body }), status);
      expect(error.error).toMatch(message);
    }
    expect(await configRows()).toEqual(before);
    // Repeating the current description is not a change of it.
    await expectStatus(
      await call("/admin/config/ui.color_scheme", {
        method: "PUT",
        body: {
          value: "dark",
          description: before.find((row) => row.name === "ui.color_scheme")?.description,
        },
      }),
      200,
    );
  });

  it("is read by the product: app name in the UI settings and mail, invitation subject and expiry", async () => {
    await expectStatus(
      await call("/admin/config/app.name", { method: "PUT", body: { value: "Orbit" } }),
      200,
    );
    await expectStatus(
      await call("/admin/config/mail.invitation_subject", {
        method: "PUT",
        body: { value: "{app}: {inviter} wants you in {tenant}" },
      }),
      200,
    );
    await expectStatus(
      await call("/admin/config/invitations.expiry_days", { method: "PUT", body: { value: "2" } }),
      200,
    );

    const settings = await expectStatus(await call("/system/settings", { token: null }), 200);
    expect(settings).toEqual({ appName: "Orbit", colorScheme: "dark" });

    const newcomer = uniqueEmail("newcomer");
    await signUp(app(), { email: newcomer });
    const verification = await app().db.outboundEmail.findFirstOrThrow({ where: { toAddress: newcomer } });
    expect(verification.subject).toBe("Verify your email address for Orbit");

    const invitee = uniqueEmail("invitee");
    const sentAt = Date.now();
    await expectStatus(
      await app().http("/api/v1/tenant/invitations", {
        method: "POST",
        headers: {
          Authorization: `Bearer ${member}`,
          "X-Tenant-ID": memberTenantId,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({ email: invitee, role: "user" }),
      }),
      200,
    );
    const invitationMail = await app().db.outboundEmail.findFirstOrThrow({ where: { toAddress: invitee } });
    expect(invitationMail.subject).toBe("Orbit: Jane Doe wants you in Jane's Team");
    const invitation = await app().db.invitation.findFirstOrThrow({ where: { email: invitee } });
    const days = (invitation.expiresAt.getTime() - sentAt) / 86_400_000;
    expect(days).toBeGreaterThan(1.99);
    expect(days).toBeLessThan(2.01);
  });

  it("is for platform administrators only", async () => {
    const forbidden = await expectStatus(await call("/admin/config", { token: member }), 403);
    expect(forbidden.code).toBe("FORBIDDEN");
    await expectStatus(await call("/admin/config", { token: null }), 401);
    await expectStatus(
      await call("/admin/config/app.name", { method: "PUT", token: member, body: { value: "Mine" } }),
      403,
    );
    await expect(callerWith(app(), member).adminConfig.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await callerWith(app(), operator).adminConfig.get({ name: "app.name" })).value).toBe("Orbit");
  });
});
