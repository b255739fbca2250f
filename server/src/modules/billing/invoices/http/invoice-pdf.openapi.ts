import {
  errorResponse,
  type HandWrittenPaths as Paths,
} from "../../../../trpc/openapi/hand-written-paths.js";
import { tenantHeaderParameterName } from "../../../../trpc/openapi/security.js";

/** The invoice PDF is plain Express (invoice-pdf.route.ts): the generator cannot see it. */
export const invoicePdfOpenApiPaths: Paths = {
  "/billing/transactions/{id}/pdf": {
    get: {
      operationId: "billing-transactionPdf",
      tags: ["billing"],
      summary: "Download the invoice of a transaction as PDF (any member)",
      description:
        "A PDF with the seller, the tenant as buyer, the invoice number, date, line item (with its period) and " +
        'totals, sent as an attachment named after the invoice number (e.g. "INV-0001.pdf"); refunds have no ' +
        'invoice number and are named "refund-<id>.pdf".',
      security: [{ accessToken: [] }, { apiKey: [] }],
      parameters: [
        {
          name: "id",
          in: "path",
          required: true,
          description: "Transaction ID",
          schema: { type: "string", format: "uuid" },
        },
        { $ref: `#/components/parameters/${tenantHeaderParameterName}` },
      ],
      responses: {
        "200": {
          description: "The invoice",
          headers: {
            "Content-Disposition": {
              description: 'attachment; filename="INV-0001.pdf"',
              schema: { type: "string" },
            },
          },
          content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
        },
        "400": errorResponse("The id is not a UUID, or X-Tenant-ID is missing or malformed"),
        "401": errorResponse("Missing, invalid or expired credentials"),
        "403": errorResponse("Not a member of this tenant"),
        "404": errorResponse("No such transaction in this tenant"),
      },
    },
  },
};
