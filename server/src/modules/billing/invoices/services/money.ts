/**
 * Minor units as money for people: 2900 usd → "$29.00", 2900 eur → "€29.00", 500 jpy → "¥500"
 * (zero-decimal currencies keep their amount). An unknown currency code still shows the amount.
 */
export function formatMoney(amountCents: number, currency: string): string {
  const code = currency.toUpperCase();
  try {
    const format = new Intl.NumberFormat("en-US", { style: "currency", currency: code });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amountCents / 10 ** digits);
  } catch {
    return `${(amountCents / 100).toFixed(2)} ${code}`;
  }
}
