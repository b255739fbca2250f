/** One plain, branded email layout for every message the product sends (text first, simple HTML). */
export interface EmailContent {
  /** Defaults to "<appName>: <heading>". */
  subject?: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the message (why they got it, what to do if it was not them). */
  footer?: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export function renderEmail(appName: string, content: EmailContent): RenderedEmail {
  const footer = content.footer ?? `This email was sent by ${appName}.`;
  const text = [
    appName,
    "",
    content.heading,
    "",
    ...content.paragraphs.flatMap((paragraph) => [paragraph, ""]),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ""] : []),
    "--",
    footer,
    "",
  ].join("\n");

  const font = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
  const paragraphs = content.paragraphs
    .map((paragraph) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(paragraph)}</p>`)
    .join("\n");
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#228be6;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#555555;line-height:1.5">Or paste this link into your browser:<br><a href="${escapeHtml(content.action.url)}" style="color:#228be6;word-break:break-all">${escapeHtml(content.action.url)}</a></p>`
    : "";
  const html = `<!doctype html>
<html><body style="margin:0;padding:24px;background:#f5f5f5;${font};color:#222222">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:6px;padding:32px">
<div style="font-weight:600;font-size:14px;color:#555555;margin-bottom:24px">${escapeHtml(appName)}</div>
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>
${paragraphs}
${action}
<hr style="border:none;border-top:1px solid #eeeeee;margin:24px 0">
<p style="margin:0;font-size:12px;color:#888888;line-height:1.5">${escapeHtml(footer)}</p>
</div>
</body></html>
`;
  return { subject: content.subject ?? `${appName}: ${content.heading}`, text, html };
}
