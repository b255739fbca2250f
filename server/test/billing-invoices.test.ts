import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ensurePlatformCustomer } from "../src/modules/billing/customers/billing-customer.repository.js";
import {
  formatInvoiceNumber,
  nextInvoiceNumber,
  type RecordTransactionInput,
  recordTransaction,
} from "../src/modules/billing/invoices/services/invoice-number.service.js";
import { PLATFORM_APP_ID } from "../src/modules/billing/platform-app.js";
import { signUp } from "./support/auth.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

interface Tenant {
  tenantId: string;
  customerId: string;
  headers: Record<string, string>;
  caller: ReturnType<ReturnType<typeof app>["caller"]>;
}

async function newTenant(name?: string): Promise<Tenant> {
  const owner = await signUp(app());
  const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
  if (name) await app().db.tenant.update({ where: { id: tenantId }, data: { name } });
  const customerId = (await ensurePlatformCustomer(app().db, tenantId)).id;
  return {
    tenantId,
    customerId,
    headers: { Authorization: `Bearer ${owner.accessToken}`, "X-Tenant-ID": tenantId },
    caller: app().caller({ authorization: `Bearer ${owner.accessToken}`, tenantIdHeader: tenantId }),
  };
}

function input(tenant: Tenant, overrides: Partial<RecordTransactionInput> = {}): RecordTransactionInput {
  return {
    appId: PLATFORM_APP_ID,
    customerId: tenant.customerId,
    tenantId: tenant.tenantId,
    type: "subscription",
    description: "Pro Plan (Monthly)",
    amountCents: 2900,
    currency: "usd",
    planName: "Pro",
    sourceKey: `in_${randomUUID()}`,
    ...overrides,
  };
}

function record(data: RecordTransactionInput) {
  return app().db.$transaction((tx) => recordTransaction(tx, data));
}

async function lastNumber(): Promise<number> {
  const row = await app().db.invoiceSequence.findUniqueOrThrow({ where: { appId: PLATFORM_APP_ID } });
  return row.lastNumber;
}

/** The text a viewer shows: the strings of every text-showing operator (pdfkit writes them hex-encoded). */
function pdfText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const lines: string[] = [];
  for (const [, operands] of source.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/gi)) {
    const hex = [...(operands ?? "").matchAll(/<([0-9a-f]*)>/gi)].map((match) => match[1]).join("");
    lines.push(Buffer.from(hex, "hex").toString("latin1"));
  }
  return lines.join("\n").replaceAll("\x80", "€").replaceAll("\x96", "–");
}

describe("invoice numbers", () => {
  it("formats at least four digits, zero padded", () => {
    expect(formatInvoiceNumber(1)).toBe("INV-0001");
    expect(formatInvoiceNumber(42)).toBe("INV-0042");
    expect(formatInvoiceNumber(12345)).toBe("INV-12345");
  });

  it("20 parallel transactions get 20 consecutive numbers: no gap, no duplicate", async () => {
    const tenant = await newTenant();
    const start = await lastNumber();
    const rows = await Promise.all(Array.from({ length: 20 }, () => record(input(tenant))));
    const numbers = rows.map((row) => Number(row.invoiceNumber?.replace("INV-", ""))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => start + index + 1));
    expect(rows.every((row) => /^INV-\d{4,}$/.test(row.invoiceNumber ?? ""))).toBe(true);
    expect(await lastNumber()).toBe(start + 20);
  });

  it("records one source once, also twice in parallel, and spends one number on it", async () => {
    const tenant = await newTenant();
    const start = await lastNumber();
    const data = input(tenant, { type: "purchase", bundleName: "500 Credits", description: "500 Credits" });
    const [a, b] = await Promise.all([record(data), record(data)]);
    expect(a?.id).toBe(b?.id);
    expect(a?.invoiceNumber).toBe(formatInvoiceNumber(start + 1));
    expect(await app().db.billingTransaction.count({ where: { sourceKey: data.sourceKey } })).toBe(1);
    expect((await record(data)).id).toBe(a?.id);
    expect(await lastNumber()).toBe(start + 1);
  });

  it("gives a rolled-back number to the next transaction", async () => {
    const tenant = await newTenant();
    const start = await lastNumber();
    const failing = app().db.$transaction(async (tx) => {
      await recordTransaction(tx, input(tenant));
      throw new Error("the rest of the payment failed");
    });
    await expect(failing).rejects.toThrow("the rest of the payment failed");
    expect((await record(input(tenant))).invoiceNumber).toBe(formatInvoiceNumber(start + 1));
  });

  it("takes the number inside the caller's transaction", async () => {
    const start = await lastNumber();
    const taken = await app().db.$transaction((tx) => nextInvoiceNumber(tx, PLATFORM_APP_ID));
    expect(taken).toBe(formatInvoiceNumber(start + 1));
  });

  it("does not number refunds", async () => {
    const tenant = await newTenant();
    const start = await lastNumber();
    const refund = await record(
      input(tenant, { type: "refund", amountCents: -2900, description: "Refund: Pro" }),
    );
    expect(refund.invoiceNumber).toBeNull();
    expect(await lastNumber()).toBe(start);
  });
});

describe("billing history", () => {
  let acme: Tenant;
  let other: Tenant;
  const ids: string[] = [];

  beforeAll(async () => {
    acme = await newTenant("Acme Corp");
    other = await newTenant();
    for (let month = 0; month < 5; month++) {
      const row = await record(
        input(acme, {
          description: `Pro Plan (Monthly) #${month}`,
          createdAt: new Date(Date.UTC(2026, month, 15)),
          periodStart: new Date(Date.UTC(2026, month, 15)),
          periodEnd: new Date(Date.UTC(2026, month + 1, 15)),
        }),
      );
      ids.push(row.id);
    }
    await record(input(other, { description: "Someone else's plan" }));
  });

  it("lists the tenant's transactions newest first with seed defaults (page 1, 20 per page)", async () => {
    const list = await acme.caller.billing.transactions();
    expect(list).toMatchObject({ total: 5, page: 1, perPage: 20 });
    expect(list.transactions.map((t) => t.id)).toEqual([...ids].reverse());
    expect(list.transactions[0]).toEqual({
      id: ids[4],
      tenantId: acme.tenantId,
      description: "Pro Plan (Monthly) #4",
      type: "subscription",
      amountCents: 2900,
      currency: "usd",
      invoiceNumber: expect.stringMatching(/^INV-\d{4}$/),
      createdAt: new Date(Date.UTC(2026, 4, 15)),
    });
  });

  it("pages over REST with page and perPage, and validates them", async () => {
    const response = await app().http("/api/v1/billing/transactions?page=2&perPage=2", {
      headers: acme.headers,
    });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body).toMatchObject({ total: 5, page: 2, perPage: 2 });
    expect(body.transactions.map((t: { id: string }) => t.id)).toEqual([ids[2], ids[1]]);
    expect(body.transactions[0].createdAt).toBe("2026-03-15T00:00:00.000Z");
    for (const query of ["perPage=101", "perPage=0", "page=0", "page=x", "page=1.5"]) {
      const bad = await app().http(`/api/v1/billing/transactions?${query}`, { headers: acme.headers });
      expect(bad.status, query).toBe(400);
      expect(await json(bad)).toMatchObject({ code: "VALIDATION_FAILED" });
    }
  });

  it("a tenant without a customer row has an empty history", async () => {
    const owner = await signUp(app());
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const caller = app().caller({ authorization: `Bearer ${owner.accessToken}`, tenantIdHeader: tenantId });
    expect(await caller.billing.transactions({ perPage: 5 })).toEqual({
      transactions: [],
      total: 0,
      page: 1,
      perPage: 5,
    });
  });

  it("shows one transaction with the tenant's name; another tenant's id is not found", async () => {
    const detail = await acme.caller.billing.transaction({ id: ids[0] ?? "" });
    expect(detail).toEqual({
      transaction: {
        id: ids[0],
        tenantId: acme.tenantId,
        description: "Pro Plan (Monthly) #0",
        type: "subscription",
        amountCents: 2900,
        currency: "usd",
        invoiceNumber: expect.stringMatching(/^INV-\d{4}$/),
        planId: null,
        planName: "Pro",
        bundleId: null,
        bundleName: null,
        periodStart: new Date(Date.UTC(2026, 0, 15)),
        periodEnd: new Date(Date.UTC(2026, 1, 15)),
        createdAt: new Date(Date.UTC(2026, 0, 15)),
      },
      tenant: { name: "Acme Corp" },
      seller: { name: app().deps.env.APP_NAME },
    });
    const foreign = await app().http(`/api/v1/billing/transactions/${ids[0]}`, { headers: other.headers });
    expect(foreign.status).toBe(404);
    expect(await json(foreign)).toEqual({ error: "Transaction not found", code: "NOT_FOUND" });
    const malformed = await app().http("/api/v1/billing/transactions/not-a-uuid", { headers: acme.headers });
    expect(malformed.status).toBe(400);
  });
});

describe("invoice PDF", () => {
  let acme: Tenant;
  let invoice: { id: string; invoiceNumber: string | null };

  beforeAll(async () => {
    acme = await newTenant("Acme Corp");
    invoice = await record(
      input(acme, {
        description: "Pro Plan (Annual)",
        amountCents: 29900,
        periodStart: new Date(Date.UTC(2026, 0, 15)),
        periodEnd: new Date(Date.UTC(2027, 0, 15)),
        createdAt: new Date(Date.UTC(2026, 0, 15, 9, 30)),
      }),
    );
  });

  const pdfUrl = (id: string) => `/api/v1/billing/transactions/${id}/pdf`;

  it("downloads a real PDF named after the invoice number, with seller, buyer, line and totals", async () => {
    const response = await app().http(pdfUrl(invoice.id), { headers: acme.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${invoice.invoiceNumber}.pdf"`,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.subarray(-6).toString()).toContain("%%EOF");
    const text = pdfText(pdf);
    for (const expected of [
      "Baseplate",
      "Invoice",
      invoice.invoiceNumber ?? "",
      "Acme Corp",
      "January 15, 2026",
      "Pro Plan (Annual)",
      "Period: January 15, 2026 – January 15, 2027",
      "$299.00",
      "Total (USD)",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("shows amounts in the transaction's currency", async () => {
    const row = await record(
      input(acme, { currency: "eur", amountCents: 4900, description: "500 Credits", type: "purchase" }),
    );
    const response = await app().http(pdfUrl(row.id), { headers: acme.headers });
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("€49.00");
    expect(text).toContain("Total (EUR)");
  });

  it("names a refund's PDF after its id (refunds have no invoice number)", async () => {
    const refund = await record(
      input(acme, { type: "refund", amountCents: -29900, description: "Refund: Pro Plan" }),
    );
    const response = await app().http(pdfUrl(refund.id), { headers: acme.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="refund-${refund.id}.pdf"`,
    );
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("Refund receipt");
    expect(text).toContain("-$299.00");
  });

  it("answers like the rest of REST: 401 without credentials, 404 for another tenant, 400 for a bad id", async () => {
    const anonymous = await app().http(pdfUrl(invoice.id), { headers: { "X-Tenant-ID": acme.tenantId } });
    expect(anonymous.status).toBe(401);
    expect(await json(anonymous)).toEqual({ error: "Authentication required", code: "UNAUTHENTICATED" });

    const other = await newTenant();
    const foreign = await app().http(pdfUrl(invoice.id), { headers: other.headers });
    expect(foreign.status).toBe(404);
    expect(await json(foreign)).toEqual({ error: "Transaction not found", code: "NOT_FOUND" });
    const unknown = await app().http(pdfUrl(randomUUID()), { headers: acme.headers });
    expect(unknown.status).toBe(404);

    const notMember = await app().http(pdfUrl(invoice.id), {
      headers: { ...other.headers, "X-Tenant-ID": acme.tenantId },
    });
    expect(notMember.status).toBe(403);
    const malformed = await app().http(pdfUrl("not-a-uuid"), { headers: acme.headers });
    expect(malformed.status).toBe(400);
    expect(await json(malformed)).toMatchObject({ code: "VALIDATION_FAILED" });
    const wrongMethod = await app().http(pdfUrl(invoice.id), { method: "POST", headers: acme.headers });
    expect(wrongMethod.status).toBe(405);
    for (const id of ["%E0%A4%A", "%00", "a".repeat(2000), "..%2F.."]) {
      const response = await app().http(pdfUrl(id), { headers: acme.headers });
      expect(response.status, id).toBe(400);
      expect(await json(response)).toMatchObject({
        code: expect.stringMatching(/^(BAD_REQUEST|VALIDATION_FAILED)$/),
      });
    }
  });

  it("is described in the OpenAPI document with the tenant header and a PDF body", async () => {
    const document = await json(await app().http("/api/openapi.json"));
    const operation = document.paths["/billing/transactions/{id}/pdf"]?.get;
    expect(operation.operationId).toBe("billing-transactionPdf");
    expect(operation.parameters).toContainEqual({ $ref: "#/components/parameters/TenantId" });
    expect(Object.keys(operation.responses["200"].content)).toEqual(["application/pdf"]);
    expect(operation.responses["404"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/Error404",
    });
  });
});
