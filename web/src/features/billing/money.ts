/** Catalog prices carry no currency on the wire: the platform sells in its default one. */
export const DEFAULT_CURRENCY = "usd";

/** Integer cents as money in the reader's locale: 2900 → "$29.00", 0 → "$0.00"; whole amounts keep cents. */
export function formatMoney(cents: number, currency: string = DEFAULT_CURRENCY, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(
    cents / 100,
  );
}

/** 12500 → "12,500 credits", 1 → "1 credit". */
export function formatCredits(credits: number, locale?: string): string {
  const count = new Intl.NumberFormat(locale).format(credits);
  return `${count} ${Math.abs(credits) === 1 ? "credit" : "credits"}`;
}

/** A credit change with its sign: 500 → "+500", -10 → "−10", 0 → "0". */
export function formatDelta(delta: number, locale?: string): string {
  const count = new Intl.NumberFormat(locale).format(Math.abs(delta));
  if (delta > 0) return `+${count}`;
  if (delta < 0) return `−${count}`;
  return "0";
}

/** Money typed in currency units ("29.5") to integer cents (2950); null for anything that is not a number. */
export function toCents(amount: number | string): number | null {
  const value = typeof amount === "number" ? amount : Number(amount.trim() === "" ? Number.NaN : amount);
  if (!Number.isFinite(value)) return null;
  return Math.round(value * 100);
}
