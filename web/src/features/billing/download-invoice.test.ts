import { afterEach, describe, expect, it, vi } from "vitest";
import { toDisplayError } from "../../lib/errors";
import { clearSession, setSession } from "../../lib/session";
import { downloadInvoice, invoiceFileName, invoicePdfPath } from "./download-invoice";

afterEach(() => {
  clearSession();
  setSession({ notice: null, tenantId: null });
});

const pdf = () =>
  new Response("%PDF-1.3 INV-0007", { status: 200, headers: { "content-type": "application/pdf" } });

describe("invoice download", () => {
  it("names the file after the invoice number", () => {
    expect(invoiceFileName("INV-0001", 'attachment; filename="other.pdf"', "t1")).toBe("INV-0001.pdf");
    expect(invoiceFileName(null, 'attachment; filename="refund-3.pdf"', "t1")).toBe("refund-3.pdf");
    expect(invoiceFileName(null, null, "t1")).toBe("invoice-t1.pdf");
    expect(invoicePdfPath("a/b")).toBe("/api/v1/billing/transactions/a%2Fb/pdf");
  });

  it("sends the bearer token and tenant, and saves the body", async () => {
    setSession({ token: "at_1", tenantId: "tenant-1" });
    const fetch = vi.fn(async () => pdf());
    const save = vi.fn();
    const name = await downloadInvoice(
      { id: "t1", invoiceNumber: "INV-0007" },
      { fetch, refreshSession: vi.fn(), save },
    );
    expect(name).toBe("INV-0007.pdf");
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe("/api/v1/billing/transactions/t1/pdf");
    expect(init.headers).toMatchObject({ Authorization: "Bearer at_1", "X-Tenant-ID": "tenant-1" });
    expect(save).toHaveBeenCalledTimes(1);
    expect(await ((save.mock.calls[0]?.[0] ?? new Blob()) as Blob).text()).toContain("INV-0007");
  });

  it("refreshes an expired token once and retries", async () => {
    setSession({ token: "at_old", tenantId: "tenant-1" });
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response("{}", { status: 401 }))
      .mockImplementationOnce(async () => pdf());
    const refreshSession = vi.fn(async () => setSession({ token: "at_new" }));
    await downloadInvoice({ id: "t1", invoiceNumber: "INV-0007" }, { fetch, refreshSession, save: vi.fn() });
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(((fetch.mock.calls[1]?.[1] ?? {}) as RequestInit).headers).toMatchObject({
      Authorization: "Bearer at_new",
    });
  });

  it("refreshes first when no access token is in memory (after a reload)", async () => {
    setSession({ token: null, refreshToken: "rt", tenantId: "tenant-1" });
    const refreshSession = vi.fn(async () => setSession({ token: "at_fresh" }));
    const fetch = vi.fn(async () => pdf());
    await downloadInvoice({ id: "t1", invoiceNumber: null }, { fetch, refreshSession, save: vi.fn() });
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("explains a refusal with the server's message", async () => {
    setSession({ token: "at_1", tenantId: "tenant-1" });
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ error: "Transaction not found", code: "NOT_FOUND" }), { status: 404 }),
    );
    const save = vi.fn();
    const failure = await downloadInvoice(
      { id: "t1", invoiceNumber: "INV-1" },
      { fetch, refreshSession: vi.fn(), save },
    ).catch((error: unknown) => error);
    expect(toDisplayError(failure)).toMatchObject({ message: "Transaction not found", appCode: "NOT_FOUND" });
    expect(save).not.toHaveBeenCalled();
  });
});
