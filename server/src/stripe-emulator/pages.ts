import type { EmulatorContext } from "./context.js";
import type { StripeObject } from "./store.js";

function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function money(cents: number, currency: string): string {
  return `${(cents / 100).toFixed(2)} ${currency.toUpperCase()}`;
}

function date(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#f6f8fa;color:#1a1f36;margin:0;padding:24px}
main{max-width:480px;margin:0 auto;background:#fff;border-radius:8px;padding:28px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.badge{display:inline-block;background:#fff4e5;color:#8a4b00;border:1px solid #f5c27a;border-radius:4px;padding:2px 8px;font-size:12px;font-weight:600}
table{width:100%;border-collapse:collapse;margin:16px 0}td{padding:8px 0;border-bottom:1px solid #eee}td.amount{text-align:right}
.total td{font-weight:700;border-bottom:none}
button{font-size:16px;border:none;border-radius:6px;padding:12px 18px;cursor:pointer;width:100%;margin-top:8px}
.pay{background:#635bff;color:#fff}.decline{background:#fff;color:#b3093c;border:1px solid #b3093c}.plain{background:#eef0f4;color:#1a1f36}
.error{background:#fdecee;color:#b3093c;border-radius:6px;padding:10px 12px;margin:12px 0}
.sub{border:1px solid #e3e8ee;border-radius:6px;padding:14px;margin:12px 0}
select{font-size:15px;padding:8px;width:100%;margin-top:8px}
a{color:#635bff}
</style></head><body><main>
<span class="badge">Test mode — Stripe emulator</span>
${body}
</main></body></html>`;
}

function productName(ctx: EmulatorContext, price: StripeObject): string {
  const product = ctx.store.find<StripeObject>("product", String(price.product));
  return String(price.nickname ?? product?.name ?? price.product);
}

function interval(price: StripeObject): string {
  const recurring = price.recurring as { interval: string; interval_count: number } | null;
  if (!recurring) return "";
  return recurring.interval_count === 1
    ? ` / ${recurring.interval}`
    : ` / ${recurring.interval_count} ${recurring.interval}s`;
}

export function checkoutPage(
  ctx: EmulatorContext,
  session: StripeObject,
  lines: { price: StripeObject; quantity: number }[],
  error?: string,
): string {
  const currency = String(session.currency);
  const rows = lines
    .map(
      (line) =>
        `<tr><td>${escapeHtml(productName(ctx, line.price))}${line.quantity > 1 ? ` × ${line.quantity}` : ""}${escapeHtml(interval(line.price))}</td>
<td class="amount">${money(Number(line.price.unit_amount) * line.quantity, currency)}</td></tr>`,
    )
    .join("\n");
  const done = session.status !== "open";
  const actions = done
    ? `<p>This checkout is ${escapeHtml(session.status)}.</p>${session.status === "complete" ? `<p><a href="${escapeHtml(String(session.success_url).replaceAll("{CHECKOUT_SESSION_ID}", session.id))}">Continue</a></p>` : ""}`
    : `<form method="post" action="/checkout/${escapeHtml(session.id)}/pay"><button class="pay" type="submit">Pay ${money(Number(session.amount_total), currency)}</button></form>
<form method="post" action="/checkout/${escapeHtml(session.id)}/decline"><button class="decline" type="submit">Decline (simulate a declined card)</button></form>
${session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel and go back</a></p>` : ""}`;
  return layout(
    "Checkout",
    `<h1>${session.mode === "subscription" ? "Subscribe" : "Pay"}</h1>
${session.customer_email ? `<p>${escapeHtml(session.customer_email)}</p>` : ""}
${error ? `<div class="error" role="alert">${escapeHtml(error)}</div>` : ""}
<table>${rows}<tr class="total"><td>Total</td><td class="amount">${money(Number(session.amount_total), currency)}</td></tr></table>
${actions}`,
  );
}

type Sub = StripeObject & {
  status: string;
  cancel_at_period_end: boolean;
  items: { data: { price: StripeObject; current_period_end: number }[] };
};

export function portalPage(
  ctx: EmulatorContext,
  portal: StripeObject,
  subscriptions: Sub[],
  prices: StripeObject[],
): string {
  const cards = subscriptions
    .map((sub) => {
      const item = sub.items.data[0];
      if (!item) return "";
      const others = prices.filter((price) => price.id !== item.price.id);
      const base = `/portal/${escapeHtml(portal.id)}/subscriptions/${escapeHtml(sub.id)}`;
      const cancelOrResume = sub.cancel_at_period_end
        ? `<p>Cancels on ${date(item.current_period_end)}.</p><form method="post" action="${base}/resume"><button class="pay" type="submit">Resume plan</button></form>`
        : `<p>Renews on ${date(item.current_period_end)}.</p><form method="post" action="${base}/cancel"><button class="decline" type="submit">Cancel plan</button></form>`;
      const switcher =
        others.length === 0
          ? ""
          : `<form method="post" action="${base}/switch"><label>Switch plan<select name="price">${others
              .map(
                (price) =>
                  `<option value="${escapeHtml(price.id)}">${escapeHtml(productName(ctx, price))} — ${money(Number(price.unit_amount), String(price.currency))}${escapeHtml(interval(price))}</option>`,
              )
              .join("")}</select></label><button class="plain" type="submit">Switch</button></form>`;
      return `<div class="sub"><strong>${escapeHtml(productName(ctx, item.price))}</strong> — ${money(Number(item.price.unit_amount), String(item.price.currency))}${escapeHtml(interval(item.price))}
<p>Status: ${escapeHtml(sub.status)}</p>${cancelOrResume}${switcher}</div>`;
    })
    .join("\n");
  return layout(
    "Billing portal",
    `<h1>Your subscription</h1>${cards || "<p>No active subscription.</p>"}
${portal.return_url ? `<p><a href="${escapeHtml(portal.return_url)}">Return</a></p>` : ""}`,
  );
}
