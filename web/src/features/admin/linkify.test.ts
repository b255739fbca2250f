import { describe, expect, it } from "vitest";
import { splitLinks } from "./linkify";

describe("splitLinks", () => {
  it("finds http(s) links between text, without trailing punctuation", () => {
    expect(splitLinks("Verify: http://127.0.0.1:3000/verify-email?token=abc_123. Thanks")).toEqual([
      { kind: "text", value: "Verify: " },
      { kind: "link", value: "http://127.0.0.1:3000/verify-email?token=abc_123" },
      { kind: "text", value: ". Thanks" },
    ]);
  });

  it("handles several links, links at the edges and text without links", () => {
    expect(splitLinks("https://a.example/x\nand https://b.example")).toEqual([
      { kind: "link", value: "https://a.example/x" },
      { kind: "text", value: "\nand " },
      { kind: "link", value: "https://b.example" },
    ]);
    expect(splitLinks("no links here")).toEqual([{ kind: "text", value: "no links here" }]);
    expect(splitLinks("")).toEqual([]);
  });

  it("never turns other schemes into links", () => {
    expect(splitLinks("javascript:alert(1)")).toEqual([{ kind: "text", value: "javascript:alert(1)" }]);
  });
});
