import { type Logger, pino } from "pino";
import type { Env } from "./env.js";

export type { Logger };

export function createLogger(env: Pick<Env, "LOG_LEVEL" | "LOG_PRETTY" | "NODE_ENV">): Logger {
  // JSON lines for machines; readable lines when a person is watching a terminal.
  const pretty = env.LOG_PRETTY ?? (process.stdout.isTTY === true && env.NODE_ENV !== "production");
  return pino({
    level: env.LOG_LEVEL,
    base: { service: "baseplate" },
    redact: {
      paths: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token"],
      censor: "[redacted]",
    },
    ...(pretty ? { transport: { target: "pino-pretty", options: { singleLine: true } } } : {}),
  });
}
