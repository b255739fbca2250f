import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Express `trust proxy`: which hops may set X-Forwarded-For (e.g. "loopback", "1", "10.0.0.0/8"). */
  TRUST_PROXY: z
    .string()
    .default("loopback")
    .transform((value) => (/^\d+$/.test(value) ? Number(value) : value)),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_PRETTY: booleanFlag.optional(),
  APP_NAME: z.string().min(1).default("Baseplate"),
  PUBLIC_URL: z.url().optional(),
  WEB_DIST_DIR: z.string().min(1).optional(),
  JOBS_ENABLED: booleanFlag.default(true),
  JOB_POLL_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  NODE_ID: z.string().min(1).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** HMAC key for access tokens; shared by every node. Required in production. */
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** The account that becomes owner of the root tenant; unset: the first account to sign up. */
  ROOT_ADMIN_EMAIL: z.email().optional(),
  /** Google sign-in (OIDC) is enabled when both the client id and secret are set. */
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  /** OpenID issuer; only tests and staging point it elsewhere (a local OpenID provider). */
  GOOGLE_ISSUER: z.url({ protocol: /^https?$/ }).default("https://accounts.google.com"),
  /** Unset: <PUBLIC_URL>/api/v1/auth/google/callback. Must be registered at the provider. */
  GOOGLE_REDIRECT_URI: z.url({ protocol: /^https?$/ }).optional(),
  /** Outgoing mail server, e.g. smtp://user:pass@host:587; unset: mail is kept in the dev mailbox. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** Sender of every email; unset: `"<APP_NAME>" <no-reply@localhost>`. */
  MAIL_FROM: z.string().min(3).optional(),
  /** Rate-limit store shared by all nodes; unset: the `rate_limits` table in PostgreSQL. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Namespace of rate-limit keys (several deployments or test runs sharing one store). */
  RATE_LIMIT_KEY_PREFIX: z.string().min(1).max(64).default("rl"),
  RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_LOGIN_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_FORGOT_PASSWORD_PER_EMAIL_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** Forgot-password and resend-verification requests from one IP, counted together. */
  RATE_LIMIT_EMAIL_REQUESTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Anonymous client error reports (POST /system/client-errors) per IP. */
  RATE_LIMIT_CLIENT_ERRORS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Password changes (each an argon2 verification) per signed-in user. */
  RATE_LIMIT_PASSWORD_CHANGES_PER_USER_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** Calls allowed in one tRPC batch request; the web client batches at most this many. */
  TRPC_MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Platform Stripe account. Unset (outside production): the built-in Stripe emulator runs instead. */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_/, "must be a Stripe secret key (sk_…)")
    .optional(),
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_/, "must be a Stripe publishable key (pk_…)")
    .optional(),
  /** Signing secret of the platform webhook endpoint (whsec_…): required with STRIPE_SECRET_KEY. */
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Where the Stripe SDK sends requests instead of api.stripe.com (an emulator); refused in production. */
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Port of the built-in emulator (0: any free port). */
  STRIPE_EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Days a past_due subscription keeps its plan while Stripe retries the payment, then access is restricted. */
  BILLING_GRACE_PERIOD_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  /** A spend that takes a team's credits from at least this to below it raises `credits.low` (0: never). */
  CREDITS_LOW_THRESHOLD: z.coerce.number().int().min(0).default(100),
  /** Encrypts webhook signing secrets at rest: 32 bytes, base64 or hex. Unset outside production: kept in .data/. */
  WEBHOOK_SECRET_KEY: z
    .string()
    .regex(
      /^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/,
      "must be 32 bytes, as 64 hex or 44 base64 characters",
    )
    .optional(),
  /** Lets webhooks target loopback and private addresses (local receivers in dev and tests); never in production. */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: booleanFlag.default(false),
  /** Delays between webhook attempts after each failure (s, m, h suffixes); then the delivery is dead. */
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .regex(/^\d+[smh](,\d+[smh])*$/, "must be a comma-separated list like 5s,5m,30m,2h")
    .default("5s,5m,30m,2h,5h,10h,10h"),
  /** Random spread of each retry delay, as a fraction (0.1: ±10 %). */
  WEBHOOK_RETRY_JITTER: z.coerce.number().min(0).max(0.5).default(0.1),
  /** An endpoint failing without a success for this long is disabled. */
  WEBHOOK_DISABLE_AFTER_HOURS: z.coerce.number().min(1).default(120),
  /** Deliveries in flight at once per endpoint (one slow endpoint never holds up another). */
  WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT: z.coerce.number().int().min(1).max(100).default(4),
  /** One delivery attempt's whole exchange (connect, send, response) may take this long. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** How often a worker node looks for retries that came due and deliveries a dead node held. */
  WEBHOOK_SWEEP_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
  /** Region this node reports in the operator console (e.g. iad, fra). */
  NODE_REGION: z.string().min(1).max(64).default("local"),
  /** How often a node records that it is alive; it counts as unhealthy after 3 missed beats. */
  NODE_HEARTBEAT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** How often a node records a sample (cpu, memory, requests/min, average latency). */
  NODE_SAMPLE_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** Bearer token for GET /metrics (Prometheus). Required in production; unset elsewhere: open. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** How often a node links new audit entries into the hash chain. */
  AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
  /** How often a node re-reads config variables (a change is pushed at once through LISTEN/NOTIFY too). */
  CONFIG_REFRESH_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
});

export type Env = z.infer<typeof envSchema>;

export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "InvalidConfigError";
  }
}

/** Parses configuration once at start; a bad value stops the process with every problem listed. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = envSchema
    .refine((env) => env.NODE_ENV !== "production" || env.JWT_SECRET !== undefined, {
      path: ["JWT_SECRET"],
      message: "is required in production (every node must share it)",
    })
    .refine((env) => env.NODE_ENV !== "production" || env.PUBLIC_URL !== undefined, {
      path: ["PUBLIC_URL"],
      message: "is required in production (links in emails and OAuth redirects point there)",
    })
    .refine((env) => env.NODE_ENV !== "production" || env.SMTP_URL !== undefined, {
      path: ["SMTP_URL"],
      message:
        "is required in production (without it mail is only captured, and its single-use links would sit in the dev mailbox)",
    })
    .refine((env) => env.NODE_ENV !== "production" || env.STRIPE_API_URL === undefined, {
      path: ["STRIPE_API_URL"],
      message: "must not be set in production (it points the Stripe SDK away from Stripe)",
    })
    .refine((env) => env.NODE_ENV !== "production" || env.METRICS_TOKEN !== undefined, {
      path: ["METRICS_TOKEN"],
      message: "is required in production (GET /metrics would show internals to anyone)",
    })
    .refine((env) => env.NODE_ENV !== "production" || env.WEBHOOK_SECRET_KEY !== undefined, {
      path: ["WEBHOOK_SECRET_KEY"],
      message: "is required in production (every node must decrypt the same webhook secrets)",
    })
    .refine((env) => env.NODE_ENV !== "production" || !env.WEBHOOK_ALLOW_PRIVATE_TARGETS, {
      path: ["WEBHOOK_ALLOW_PRIVATE_TARGETS"],
      message: "must not be set in production (webhooks could reach internal services)",
    })
    .refine((env) => env.STRIPE_SECRET_KEY === undefined || env.STRIPE_WEBHOOK_SECRET !== undefined, {
      path: ["STRIPE_WEBHOOK_SECRET"],
      message: "is required with STRIPE_SECRET_KEY (Stripe events are verified with it)",
    })
    .superRefine((env, ctx) => {
      const hasId = env.GOOGLE_CLIENT_ID !== undefined;
      if (hasId === (env.GOOGLE_CLIENT_SECRET !== undefined)) return;
      const [set, missing] = hasId
        ? ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"]
        : ["GOOGLE_CLIENT_SECRET", "GOOGLE_CLIENT_ID"];
      ctx.addIssue({
        code: "custom",
        path: [missing],
        message: `is required when ${set} is set (Google sign-in needs both, or neither to stay disabled)`,
      });
    })
    .safeParse(cleaned);
  if (!parsed.success) {
    throw new InvalidConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
    );
  }
  return parsed.data;
}
