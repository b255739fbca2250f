import PDFDocument from "pdfkit";
import { formatMoney } from "./money.js";
import { toWinAnsi } from "./win-ansi.js";

export interface InvoiceDocument {
  sellerName: string;
  buyerName: string;
  /** Null for refunds, which are not invoiced. */
  invoiceNumber: string | null;
  transactionId: string;
  type: "subscription" | "purchase" | "refund";
  description: string;
  amountCents: number;
  currency: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  createdAt: Date;
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const LEFT = 50;
const RIGHT = 545; // A4 width (595) minus the margin
const AMOUNT_WIDTH = 120;

export function invoiceFileName(invoice: Pick<InvoiceDocument, "invoiceNumber" | "transactionId">): string {
  return `${invoice.invoiceNumber ?? `refund-${invoice.transactionId}`}.pdf`;
}

function title(invoice: InvoiceDocument): string {
  return invoice.type === "refund" ? "Refund receipt" : "Invoice";
}

function rule(doc: PDFKit.PDFDocument, y: number): void {
  doc.moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(0.5).strokeColor("#999999").stroke();
}

function labelled(doc: PDFKit.PDFDocument, label: string, value: string, y: number): void {
  doc.font("Helvetica").fontSize(10).fillColor("#555555").text(label, 330, y, { width: 90 });
  doc.fillColor("#000000").text(value, 420, y, { width: RIGHT - 420, align: "right" });
}

/**
 * A one-page invoice: seller, buyer, number, date, the line item (with its period) and totals.
 * Uncompressed, so the text is searchable in the bytes; the page is small either way.
 */
export function renderInvoicePdf(input: InvoiceDocument): Promise<Buffer> {
  const invoice = {
    ...input,
    sellerName: toWinAnsi(input.sellerName),
    buyerName: toWinAnsi(input.buyerName),
    description: toWinAnsi(input.description),
  };
  const doc = new PDFDocument({
    size: "A4",
    margin: LEFT,
    compress: false,
    info: {
      Title: `${title(invoice)} ${invoice.invoiceNumber ?? invoice.transactionId}`,
      Author: invoice.sellerName,
      CreationDate: invoice.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const amount = formatMoney(invoice.amountCents, invoice.currency);

  doc.font("Helvetica-Bold").fontSize(20).text(invoice.sellerName, LEFT, 50, { width: 270 });
  doc
    .font("Helvetica-Bold")
    .fontSize(20)
    .text(title(invoice), 330, 50, { width: RIGHT - 330, align: "right" });
  const top = 100;
  if (invoice.invoiceNumber) labelled(doc, "Invoice number", invoice.invoiceNumber, top);
  else labelled(doc, "Reference", invoice.transactionId.slice(0, 8), top);
  labelled(doc, "Date", dateFormat.format(invoice.createdAt), top + 16);
  labelled(doc, "Status", invoice.type === "refund" ? "Refunded" : "Paid", top + 32);

  doc.font("Helvetica-Bold").fontSize(10).fillColor("#555555").text("Billed to", LEFT, top);
  doc
    .font("Helvetica")
    .fontSize(12)
    .fillColor("#000000")
    .text(invoice.buyerName, LEFT, top + 16, { width: 260 });

  const table = 200;
  doc.font("Helvetica-Bold").fontSize(10).fillColor("#555555");
  doc.text("Description", LEFT, table);
  doc.text("Amount", RIGHT - AMOUNT_WIDTH, table, { width: AMOUNT_WIDTH, align: "right" });
  rule(doc, table + 15);
  doc.font("Helvetica").fontSize(11).fillColor("#000000");
  doc.text(invoice.description, LEFT, table + 24, { width: RIGHT - LEFT - AMOUNT_WIDTH - 20 });
  let y = doc.y;
  doc.text(amount, RIGHT - AMOUNT_WIDTH, table + 24, { width: AMOUNT_WIDTH, align: "right" });
  if (invoice.periodStart && invoice.periodEnd) {
    const period = `${dateFormat.format(invoice.periodStart)} – ${dateFormat.format(invoice.periodEnd)}`;
    doc
      .fontSize(9)
      .fillColor("#555555")
      .text(`Period: ${period}`, LEFT, y + 2);
    y = doc.y;
  }
  rule(doc, y + 10);

  const totals = y + 20;
  labelled(doc, "Subtotal", amount, totals);
  doc.font("Helvetica-Bold").fontSize(12).fillColor("#000000");
  doc.text(`Total (${invoice.currency.toUpperCase()})`, 330, totals + 20, { width: 100 });
  doc.text(amount, 420, totals + 20, { width: RIGHT - 420, align: "right" });

  doc.font("Helvetica").fontSize(9).fillColor("#555555");
  doc.text(`Issued by ${invoice.sellerName}.`, LEFT, 760, { width: RIGHT - LEFT, align: "center" });
  doc.end();
  return done;
}
