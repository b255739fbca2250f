/** A Stripe API error: `{ error: { type, code, message, param } }` with Stripe's HTTP status. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type:
      | "invalid_request_error"
      | "card_error"
      | "idempotency_error"
      | "api_error"
      | "authentication_error",
    message: string,
    readonly code?: string,
    readonly param?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toJSON() {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code ? { code: this.code } : {}),
        ...(this.param ? { param: this.param } : {}),
        ...this.extra,
      },
    };
  }
}

export function missing(kind: string, id: string, param = "id"): StripeApiError {
  return new StripeApiError(
    404,
    "invalid_request_error",
    `No such ${kind}: '${id}'`,
    "resource_missing",
    param,
  );
}

export function invalid(message: string, param?: string): StripeApiError {
  return new StripeApiError(400, "invalid_request_error", message, "parameter_invalid", param);
}

export function required(param: string): StripeApiError {
  return new StripeApiError(
    400,
    "invalid_request_error",
    `Missing required param: ${param}.`,
    "parameter_missing",
    param,
  );
}

export function cardDeclined(): StripeApiError {
  return new StripeApiError(402, "card_error", "Your card was declined.", "card_declined", undefined, {
    decline_code: "generic_decline",
  });
}
