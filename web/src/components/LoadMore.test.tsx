import type { UseInfiniteQueryResult } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithUi } from "../test/render";
import { LoadMore, PAGED, pagedList } from "./LoadMore";

type Pages = { pages: Array<{ items: string[]; nextCursor: string | null }>; pageParams: unknown[] };

function infinite(overrides: Partial<UseInfiniteQueryResult<Pages, unknown>>) {
  return {
    data: undefined,
    error: null,
    isError: false,
    isFetching: false,
    hasNextPage: false,
    isFetchingNextPage: false,
    refetch: vi.fn(),
    fetchNextPage: vi.fn(),
    ...overrides,
  } as unknown as UseInfiniteQueryResult<Pages, unknown>;
}

describe("cursor pages", () => {
  it("asks for the next page at nextCursor, and stops at null", () => {
    expect(PAGED.getNextPageParam({ nextCursor: "c2" })).toBe("c2");
    expect(PAGED.getNextPageParam({ nextCursor: null })).toBeUndefined();
  });

  it("shows every loaded page as one list", () => {
    const data = {
      pages: [
        { items: ["a", "b"], nextCursor: "c" },
        { items: ["c"], nextCursor: null },
      ],
      pageParams: [],
    };
    expect(pagedList(infinite({ data }), (page) => page.items).data).toEqual(["a", "b", "c"]);
    expect(pagedList(infinite({}), (page) => page.items).data).toBeUndefined();
  });

  it("offers Load more only while more pages exist", async () => {
    const fetchNextPage = vi.fn();
    const { rerender } = renderWithUi(<LoadMore query={infinite({ hasNextPage: true, fetchNextPage })} />);
    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(fetchNextPage).toHaveBeenCalledTimes(1);
    rerender(<LoadMore query={infinite({ hasNextPage: false })} />);
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });
});
