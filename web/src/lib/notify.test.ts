import { afterEach, describe, expect, it, vi } from "vitest";
import { dismiss, getToasts, notify, TOAST_MS } from "./notify";

describe("notify", () => {
  afterEach(() => {
    for (const toast of getToasts()) dismiss(toast.id);
    vi.useRealTimers();
  });

  it("shows a toast (green by default) that goes away on its own", () => {
    vi.useFakeTimers();
    notify("Role changed", { title: "Done" });
    expect(getToasts()).toEqual([
      expect.objectContaining({ message: "Role changed", title: "Done", color: "green" }),
    ]);
    vi.advanceTimersByTime(TOAST_MS);
    expect(getToasts()).toEqual([]);
  });

  it("dismisses one toast and keeps the others", () => {
    const first = notify("one");
    notify("two", { color: "red" });
    dismiss(first);
    expect(getToasts().map((toast) => toast.message)).toEqual(["two"]);
  });
});
