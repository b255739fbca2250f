import { describe, expect, it } from "vitest";
import { parseTokenFragment } from "./fragment";

describe("parseTokenFragment", () => {
  it("reads both tokens, URL-decoded", () => {
    expect(parseTokenFragment("#access_token=eyJ.a.b&refresh_token=rt_x%2By")).toEqual({
      accessToken: "eyJ.a.b",
      refreshToken: "rt_x+y",
    });
  });

  it.each(["", "#", "#access_token=a", "#refresh_token=r", "#access_token=&refresh_token=r"])(
    "rejects an incomplete fragment (%s)",
    (hash) => {
      expect(parseTokenFragment(hash)).toBeNull();
    },
  );
});
