import { getSession } from "../../lib/session";
import { sessionHeaders } from "../../lib/trpc";

/** Where the server renders a transaction's invoice (a plain REST route: tRPC does not carry binary). */
export function invoicePdfPath(transactionId: string): string {
  return `/api/v1/billing/transactions/${encodeURIComponent(transactionId)}/pdf`;
}

/** `<invoice number>.pdf`, else the server's Content-Disposition name, else one from the id. */
export function invoiceFileName(
  invoiceNumber: string | null,
  disposition: string | null,
  id: string,
): string {
  if (invoiceNumber) return `${invoiceNumber}.pdf`;
  const named = disposition?.match(/filename="?([^";]+)"?/i)?.[1];
  return named ?? `invoice-${id}.pdf`;
}

/** A failed download in the shape ErrorAlert reads (the server's `{error, code}` JSON, or a status). */
async function downloadError(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => null)) as { error?: unknown; code?: unknown } | null;
  const message =
    typeof body?.error === "string"
      ? body.error
      : `The invoice could not be downloaded (${response.status}).`;
  return Object.assign(new Error(message), {
    data: { httpStatus: response.status, appCode: typeof body?.code === "string" ? body.code : null },
  });
}

interface DownloadDeps {
  fetch: typeof fetch;
  /** Makes sure a fresh access token is in the session (a tRPC call refreshes it on 401). */
  refreshSession: () => Promise<unknown>;
  save: (blob: Blob, fileName: string) => void;
}

/** Hands a blob to the browser as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Fetches the invoice PDF with the session's bearer token and tenant, and saves it. The access token
 * lives in memory and expires: without one, or on a 401, the session is refreshed once and the call retried.
 */
export async function downloadInvoice(
  transaction: { id: string; invoiceNumber: string | null },
  deps: DownloadDeps,
): Promise<string> {
  const request = () =>
    deps.fetch(invoicePdfPath(transaction.id), {
      headers: { Accept: "application/pdf", ...sessionHeaders(getSession()) },
    });
  if (getSession().token === null) await deps.refreshSession();
  let response = await request();
  if (response.status === 401) {
    await deps.refreshSession();
    response = await request();
  }
  if (!response.ok) throw await downloadError(response);
  const fileName = invoiceFileName(
    transaction.invoiceNumber,
    response.headers.get("content-disposition"),
    transaction.id,
  );
  deps.save(await response.blob(), fileName);
  return fileName;
}
