import { describe, expect, it } from "vitest";
import { webhookPaths, webhookSection } from "./paths";

describe("webhook paths", () => {
  const app = webhookPaths("/app/webhooks");

  it("puts the list, the log and each webhook under the area's base path", () => {
    expect(app.list).toBe("/app/webhooks");
    expect(app.deliveries).toBe("/app/webhooks/deliveries");
    expect(app.detail("9d3f6b1e")).toBe("/app/webhooks/9d3f6b1e");
    expect(webhookPaths("/admin/webhooks").deliveriesOf("9d3f6b1e")).toBe(
      "/admin/webhooks/deliveries?webhookId=9d3f6b1e",
    );
  });

  it("marks the log tab on the log, the endpoints tab on the list and every webhook", () => {
    expect(webhookSection("/app/webhooks/deliveries", app)).toBe("deliveries");
    expect(webhookSection("/app/webhooks/deliveries/", app)).toBe("deliveries");
    expect(webhookSection("/app/webhooks", app)).toBe("endpoints");
    expect(webhookSection("/app/webhooks/9d3f6b1e", app)).toBe("endpoints");
  });
});
