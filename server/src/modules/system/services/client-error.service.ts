import type { Logger } from "../../../lib/logger.js";

export interface ClientErrorReport {
  message: string;
  url: string;
  stack?: string | undefined;
  component?: string | undefined;
  userAgent: string | null;
}

/** Anonymous input reaches the log: each field is cut to a size that still identifies a crash. */
const LOGGED_LENGTH = { message: 500, url: 500, stack: 2000, component: 100, userAgent: 200 } as const;

function cut(value: string | null | undefined, length: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  return value.length > length ? `${value.slice(0, length)}…` : value;
}

/** UI crashes land in the same structured log as server errors, tagged with the request id. */
export function recordClientError(log: Logger, report: ClientErrorReport): void {
  const clientError = Object.fromEntries(
    Object.entries(LOGGED_LENGTH).map(([field, length]) => [
      field,
      cut(report[field as keyof ClientErrorReport], length),
    ]),
  );
  log.warn({ clientError }, "client reported an error");
}
