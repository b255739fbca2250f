import { describe, expect, it, vi } from "vitest";
import type { QueryLike } from "../../components/QueryState";
import { combineQueries } from "./combine-queries";

function query<T>(overrides: Partial<QueryLike<T>>): QueryLike<T> {
  return { data: undefined, error: null, isError: false, isFetching: false, refetch: vi.fn(), ...overrides };
}

describe("combineQueries", () => {
  it("has data only once both queries have it", () => {
    expect(combineQueries(query({ data: 1 }), query({})).data).toBeUndefined();
    expect(combineQueries(query({ data: 1 }), query({ data: "b" })).data).toEqual([1, "b"]);
  });

  it("reports the failing query's error and retries only what failed", () => {
    const error = new Error("down");
    const a = query<number>({ data: 1 });
    const b = query<string>({ isError: true, error });
    const both = combineQueries(a, b);
    expect(both.isError).toBe(true);
    expect(both.error).toBe(error);
    void both.refetch();
    expect(a.refetch).not.toHaveBeenCalled();
    expect(b.refetch).toHaveBeenCalledTimes(1);
  });

  it("is fetching while either is", () => {
    expect(combineQueries(query({ isFetching: true }), query({})).isFetching).toBe(true);
  });
});
