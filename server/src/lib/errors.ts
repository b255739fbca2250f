import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

type TrpcCode = TRPCError["code"];

/**
 * The one table: every error code a service may raise, with the tRPC code and HTTP status
 * it becomes on each transport. 401 answers "who are you?", 403 "you may not".
 */
export const ERROR_TABLE = {
  VALIDATION_FAILED: { trpc: "BAD_REQUEST", status: 400 },
  BAD_REQUEST: { trpc: "BAD_REQUEST", status: 400 },
  UNAUTHENTICATED: { trpc: "UNAUTHORIZED", status: 401 },
  PAYMENT_REQUIRED: { trpc: "PAYMENT_REQUIRED", status: 402 },
  FORBIDDEN: { trpc: "FORBIDDEN", status: 403 },
  EMAIL_UNVERIFIED: { trpc: "FORBIDDEN", status: 403 },
  NOT_FOUND: { trpc: "NOT_FOUND", status: 404 },
  METHOD_NOT_ALLOWED: { trpc: "METHOD_NOT_SUPPORTED", status: 405 },
  CONFLICT: { trpc: "CONFLICT", status: 409 },
  PRECONDITION_FAILED: { trpc: "PRECONDITION_FAILED", status: 412 },
  PAYLOAD_TOO_LARGE: { trpc: "PAYLOAD_TOO_LARGE", status: 413 },
  UNSUPPORTED_MEDIA_TYPE: { trpc: "UNSUPPORTED_MEDIA_TYPE", status: 415 },
  UNPROCESSABLE: { trpc: "UNPROCESSABLE_CONTENT", status: 422 },
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", status: 429 },
  INTERNAL: { trpc: "INTERNAL_SERVER_ERROR", status: 500 },
  NOT_CONFIGURED: { trpc: "NOT_IMPLEMENTED", status: 501 },
  SERVICE_UNAVAILABLE: { trpc: "SERVICE_UNAVAILABLE", status: 503 },
} as const satisfies Record<string, { trpc: TrpcCode; status: number }>;

export type ErrorCode = keyof typeof ERROR_TABLE;

export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { details?: FieldIssue[]; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_TABLE[this.code].status;
  }
}

/** What a client may see of any error: message, stable code, status, and field details. */
export interface PublicError {
  status: number;
  code: ErrorCode;
  error: string;
  details?: FieldIssue[];
  retryAfterSeconds?: number;
}

const CODE_BY_TRPC: Partial<Record<TrpcCode, ErrorCode>> = {
  ...(Object.fromEntries(Object.entries(ERROR_TABLE).map(([code, entry]) => [entry.trpc, code])) as Partial<
    Record<TrpcCode, ErrorCode>
  >),
  PARSE_ERROR: "BAD_REQUEST",
  // A bare tRPC FORBIDDEN is the general refusal, not the more specific EMAIL_UNVERIFIED.
  FORBIDDEN: "FORBIDDEN",
};

export function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join(".") || "(body)",
    message: issue.message,
  }));
}

function validationMessage(issues: FieldIssue[]): string {
  const [first, ...rest] = issues;
  if (!first) return "Invalid input";
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
  return `Invalid input: ${first.field}: ${first.message}${more}`;
}

/** A 400 naming the fields, the same shape as a zod input failure. */
export function validationError(issues: FieldIssue[]): AppError {
  return new AppError("VALIDATION_FAILED", validationMessage(issues), { details: issues });
}

export function toPublicError(raw: unknown): PublicError {
  const error = raw instanceof TRPCError && raw.cause instanceof AppError ? raw.cause : raw;
  if (error instanceof AppError) {
    return {
      status: error.status,
      code: error.code,
      error: error.message,
      ...(error.options.details ? { details: error.options.details } : {}),
      ...(error.options.retryAfterSeconds ? { retryAfterSeconds: error.options.retryAfterSeconds } : {}),
    };
  }
  // Only input validation is the client's fault: tRPC reports it as BAD_REQUEST. An output
  // validation failure (INTERNAL_SERVER_ERROR with a ZodError cause) is our bug: a plain 500.
  const inputError = error instanceof TRPCError && error.code === "BAD_REQUEST" ? error.cause : undefined;
  if (inputError instanceof ZodError) {
    const details = fieldIssues(inputError);
    return { status: 400, code: "VALIDATION_FAILED", error: validationMessage(details), details };
  }
  if (error instanceof TRPCError) {
    const code = CODE_BY_TRPC[error.code] ?? "INTERNAL";
    const message = code === "INTERNAL" ? "Internal server error" : error.message;
    return { status: ERROR_TABLE[code].status, code, error: message };
  }
  return { status: 500, code: "INTERNAL", error: "Internal server error" };
}

/** Converts a service error into the TRPCError tRPC transports expect, keeping the AppError as cause. */
export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: ERROR_TABLE[error.code].trpc, message: error.message, cause: error });
}
