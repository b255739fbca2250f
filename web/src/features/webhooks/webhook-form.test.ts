import { describe, expect, it } from "vitest";
import { webhookFormProblems, webhookFormValues, webhookInput } from "./webhook-form";

const filled = {
  name: " Provisioning ",
  description: " New teams ",
  url: " https://example.com/hooks ",
  events: ["tenant.updated"],
};

describe("webhook form", () => {
  it("starts empty for a new webhook and from the webhook when editing", () => {
    expect(webhookFormValues()).toEqual({ name: "", description: "", url: "", events: [] });
    const webhook = { name: "A", description: "B", url: "https://a.example", events: ["member.added"] };
    expect(webhookFormValues(webhook)).toEqual(webhook);
  });

  it("asks for a name, a full http(s) URL and at least one event", () => {
    expect(webhookFormProblems(filled)).toEqual({});
    expect(webhookFormProblems({ name: " ", description: "", url: "", events: [] })).toEqual({
      name: "Enter a name for the webhook",
      url: "Enter the URL your server receives webhooks at",
      events: "Pick at least one event",
    });
    expect(webhookFormProblems({ ...filled, url: "example.com/hooks" }).url).toBe(
      "Enter a full URL, like https://example.com/webhooks",
    );
    expect(webhookFormProblems({ ...filled, url: "ftp://example.com" }).url).toBeDefined();
  });

  it("sends the values trimmed", () => {
    expect(webhookInput(filled)).toEqual({
      name: "Provisioning",
      description: "New teams",
      url: "https://example.com/hooks",
      events: ["tenant.updated"],
    });
  });
});
