import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import {
  apiSignupVerified,
  asMember,
  logInUi,
  openAppPage,
  shot,
  uniqueEmail,
  uniqueName,
} from "../support/helpers.js";

interface Received {
  headers: IncomingHttpHeaders;
  body: { type?: string };
}

/** A real webhook receiver on 127.0.0.1 that records every request and answers `status`. */
async function startReceiver() {
  const received: Received[] = [];
  let status = 200;
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body: JSON.parse(body) as Received["body"] });
      response.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : "receiver down");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answer: (code: number) => {
      status = code;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test("webhooks: create, test, watch a failing delivery retry and die, requeue it to success", async ({
  page,
  request,
  context,
}) => {
  const receiver = await startReceiver();
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const owner = { email: uniqueEmail("hooks-owner"), displayName: `${uniqueName("Wes")} Hooks` };
    const auth = await apiSignupVerified(request, owner);
    const tenantId = auth.memberships[0]?.tenantId ?? "";
    await logInUi(page, owner.email);
    await openAppPage(page, "Webhooks");
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
    await expect(page.getByTestId("no-webhooks")).toBeVisible();

    // Create: every event type is offered with its description; the secret is shown with Copy.
    await page.getByRole("button", { name: "Add webhook" }).click();
    const dialog = page.getByRole("dialog", { name: "Add webhook" });
    await dialog.getByLabel("Name").fill("Team sync");
    await dialog.getByLabel("URL").fill(receiver.url);
    await expect(dialog.getByText("A team's name changed.")).toBeVisible();
    await dialog.getByRole("button", { name: "Select all" }).click();
    await dialog.getByRole("button", { name: "None" }).click();
    await dialog.getByRole("checkbox", { name: "tenant.updated", exact: true }).check();
    await expect(dialog).toContainText("1 of 17 selected");
    await dialog.getByRole("button", { name: "Add webhook" }).click();

    const created = page.getByRole("dialog", { name: "Team sync is ready" });
    const secret = (await created.getByTestId("webhook-secret").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_\S{20,}$/);
    await expect(created).toContainText("read it again on the webhook's page");
    await created.getByRole("button", { name: "Copy secret" }).click();
    await expect(created.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await shot(page, "webhooks-created-secret");
    await created.getByRole("button", { name: "Done" }).click();

    const row = page.getByTestId("webhook-Team sync");
    await expect(row.getByTestId("webhook-url")).toHaveText(receiver.url);
    await expect(row).toContainText("tenant.updated");
    await expect(row).toContainText("Active");
    await expect(row).toContainText("No attempts in 24 h");
    await shot(page, "webhooks-list");

    // Detail: the secret stays hidden until revealed; a test reaches the receiver, marked as a test.
    await row.getByRole("link", { name: "Team sync" }).click();
    await expect(page.getByRole("heading", { name: "Team sync", level: 1 })).toBeVisible();
    const secretOnPage = page.getByTestId("webhook-secret");
    await expect(secretOnPage).toContainText(secret.slice(-8));
    await expect(secretOnPage).not.toHaveText(secret);
    await page.getByRole("button", { name: "Reveal" }).click();
    await expect(secretOnPage).toHaveText(secret);
    await page.getByRole("button", { name: "Send test" }).click();
    const result = page.getByTestId("test-result");
    await expect(result).toContainText("Test delivered");
    await expect(result).toContainText("HTTP 200");
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.headers["x-webhook-test"]).toBe("true");
    await expect(page.getByTestId("attempt")).toHaveCount(1);
    await shot(page, "webhook-detail");

    // The log lists the test; then the receiver breaks and the team is renamed.
    await page
      .getByRole("navigation", { name: "Webhook sections" })
      .getByRole("link", { name: "Delivery log" })
      .click();
    const testRow = page.locator('[data-testid="delivery"][data-test="true"]');
    await expect(testRow).toHaveAttribute("data-status", "succeeded");
    receiver.answer(500);
    const renamed = await request.patch("/api/v1/tenant", {
      data: { name: `Renamed ${uniqueName("team")}` },
      headers: asMember(auth, tenantId),
    });
    expect(renamed.ok(), await renamed.text()).toBe(true);

    const update = page
      .locator('[data-testid="delivery"][data-test="false"]')
      .filter({ hasText: "tenant.updated" });
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(update).toBeVisible({ timeout: 1_000 });
    }).toPass();
    // Polling shows the retries: failed with a retry scheduled, then dead after 3 attempts at 2 s.
    await expect(
      update.and(page.locator('[data-status="failed"]')).filter({ hasText: "Next attempt" }),
    ).toBeVisible();
    await expect(update).toHaveAttribute("data-status", "dead", { timeout: 15_000 });
    await expect(update.getByTestId("delivery-attempts")).toHaveText("3");
    await shot(page, "webhook-log-dead");

    // The receiver recovers; Requeue from the drawer delivers the same message.
    receiver.answer(200);
    await update.getByRole("button", { name: /Open tenant\.updated delivery/ }).click();
    const drawer = page.getByRole("dialog", { name: "Delivery" });
    await expect(drawer.getByTestId("delivery-payload")).toContainText('"type": "tenant.updated"');
    await expect(drawer.getByTestId("attempt")).toHaveCount(3);
    await drawer.getByTestId("attempt").first().getByRole("button").click();
    await expect(drawer.getByTestId("attempt-response").first()).toContainText("receiver down");
    await shot(page, "webhook-delivery-drawer");
    await drawer.getByRole("button", { name: "Requeue" }).click();
    await expect(page.getByTestId("toast").filter({ hasText: "Delivery requeued" })).toBeVisible();
    await expect(drawer.getByTestId("delivery-status")).toHaveText("Succeeded");
    await expect(drawer.getByTestId("attempt")).toHaveCount(4);
    await page.keyboard.press("Escape");
    await expect(update).toHaveAttribute("data-status", "succeeded");

    const forEvent = receiver.received.filter((request) => request.body.type === "tenant.updated");
    expect(forEvent).toHaveLength(4);
    const messageIds = new Set(forEvent.map((request) => request.headers["webhook-id"]));
    expect(messageIds.size).toBe(1);
    await expect(drawer).toBeHidden();
  } finally {
    await receiver.close();
  }
});
