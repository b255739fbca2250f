import { Router } from "express";
import { z } from "zod";
import type { AppDeps } from "../../../../app-deps.js";
import { validationError } from "../../../../lib/errors.js";
import { requestInfoFromExpress } from "../../../../trpc/context.js";
import { authenticate } from "../../../identity/services/authenticate.service.js";
import { resolveTenantAccess } from "../../../tenancy/services/tenant-access.service.js";
import { invoiceFileName, renderInvoicePdf } from "../services/invoice-pdf.service.js";
import { transactionDetail } from "../services/transactions.service.js";

export { invoicePdfOpenApiPaths } from "./invoice-pdf.openapi.js";

const transactionId = z.uuid();

/**
 * The invoice PDF is a binary body, which procedures cannot answer, so it is plain Express
 * (mounted under /api/v1 before the REST adapter). It passes the same steps as a tenant
 * procedure — credentials, then membership of X-Tenant-ID, then input — and its errors reach the
 * app's error handler, so statuses and `{ error, code }` bodies match the rest of REST.
 */
export function invoicePdfRoutes(deps: AppDeps): Router {
  const routes = Router();
  routes.get("/billing/transactions/:id/pdf", async (req, res) => {
    const request = requestInfoFromExpress(req);
    const principal = await authenticate(deps, request.authorization);
    const access = await resolveTenantAccess(deps.db, principal, request.tenantIdHeader);
    if (!transactionId.safeParse(req.params.id).success)
      throw validationError([{ field: "id", message: "id must be a transaction id (UUID)" }]);
    const { transaction, tenant } = await transactionDetail(deps, access.tenantId, req.params.id);
    const invoice = {
      sellerName: deps.config.appName(),
      buyerName: tenant.name,
      invoiceNumber: transaction.invoiceNumber,
      transactionId: transaction.id,
      type: transaction.type,
      description: transaction.description,
      amountCents: transaction.amountCents,
      currency: transaction.currency,
      periodStart: transaction.periodStart,
      periodEnd: transaction.periodEnd,
      createdAt: transaction.createdAt,
    };
    const pdf = await renderInvoicePdf(invoice);
    res.set({
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${invoiceFileName(invoice)}"`,
      "Content-Length": String(pdf.length),
    });
    res.end(pdf);
  });
  return routes;
}
