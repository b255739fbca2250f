import { Button, Center } from "@mantine/core";
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import type { QueryLike } from "./QueryState";

/** One page of a cursor-paginated list (`tenant.members`, `messages.list`, ...). */
export interface Page {
  nextCursor: string | null;
}

/** Options for `trpc.x.infiniteQueryOptions(undefined, PAGED)`: the next page starts at `nextCursor`. */
export const PAGED = {
  getNextPageParam: (last: Page) => last.nextCursor ?? undefined,
};

/** An infinite query seen as one list, for QueryState: every loaded page's `pick(page)`, in order. */
export function pagedList<TPage extends Page, TItem>(
  query: UseInfiniteQueryResult<InfiniteData<TPage>, unknown>,
  pick: (page: TPage) => TItem[],
): QueryLike<TItem[]> {
  return {
    data: query.data?.pages.flatMap(pick),
    error: query.error,
    isError: query.isError,
    isFetching: query.isFetching,
    refetch: query.refetch,
  };
}

/** "Load more" under a list while the server says more pages exist. */
export function LoadMore({ query }: { query: UseInfiniteQueryResult<unknown, unknown> }) {
  if (!query.hasNextPage) return null;
  return (
    <Center mt="sm">
      <Button
        variant="default"
        size="xs"
        onClick={() => void query.fetchNextPage()}
        loading={query.isFetchingNextPage}
      >
        Load more
      </Button>
    </Center>
  );
}
