import type { Logger } from "../../../lib/logger.js";

export interface ClientErrorReport {
  message: string;
  url: string;
  stack?: string | undefined;
  component?: string | undefined;
  userAgent: string | null;
}

/** UI crashes land in the same structured log as server errors, tagged with the request id. */
export function recordClientError(log: Logger, report: ClientErrorReport): void {
  log.warn({ clientError: report }, "client reported an error");
}
