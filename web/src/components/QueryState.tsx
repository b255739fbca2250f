import { Center, Loader, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { ErrorAlert } from "./ErrorAlert";

/** The part of a TanStack Query result this component reads; `useQuery(...)` fits as is. */
export interface QueryLike<TData> {
  data: TData | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

interface QueryStateProps<TData> {
  query: QueryLike<TData>;
  /** Accessible name of the loading indicator, e.g. "Loading system status". */
  loadingLabel: string;
  /** Skeleton shaped like the content; a centered spinner when omitted. */
  loading?: ReactNode;
  /** Title of the error alert, e.g. "Could not load system status". */
  errorTitle?: string;
  children: (data: TData) => ReactNode;
}

/**
 * One query's three faces: loading (labelled for assistive tech), error with Retry, or content.
 * If a refetch fails while earlier data exists, the error is shown above the still-useful data.
 */
export function QueryState<TData>({
  query,
  loadingLabel,
  loading,
  errorTitle,
  children,
}: QueryStateProps<TData>) {
  const { data, error, isError, isFetching } = query;
  const errorAlert = isError ? (
    <ErrorAlert error={error} title={errorTitle} onRetry={() => void query.refetch()} retrying={isFetching} />
  ) : null;

  if (data !== undefined) {
    // Without an error the content is returned bare, so it can be a grid or stack item itself.
    if (!errorAlert) return <>{children(data)}</>;
    return (
      <Stack gap="md">
        {errorAlert}
        {children(data)}
      </Stack>
    );
  }
  if (errorAlert) return errorAlert;

  return (
    <div role="status" aria-busy="true" aria-label={loadingLabel}>
      {loading ?? (
        <Center py="xl">
          <Loader size="md" aria-hidden />
        </Center>
      )}
    </div>
  );
}
