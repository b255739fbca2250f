import type { QueryLike } from "../../components/QueryState";

/** Two queries seen as one by QueryState: data once both have it, the first error, one Retry for both. */
export function combineQueries<A, B>(a: QueryLike<A>, b: QueryLike<B>): QueryLike<[A, B]> {
  return {
    data: a.data !== undefined && b.data !== undefined ? [a.data, b.data] : undefined,
    error: a.isError ? a.error : b.error,
    isError: a.isError || b.isError,
    isFetching: a.isFetching || b.isFetching,
    refetch: () =>
      Promise.all([
        a.isError || !b.isError ? a.refetch() : null,
        b.isError || !a.isError ? b.refetch() : null,
      ]),
  };
}
