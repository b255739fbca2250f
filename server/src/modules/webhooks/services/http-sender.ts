import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { assertLiteralTargetAllowed, guardedLookup, type TargetPolicy } from "./ssrf-guard.js";

export const MAX_LOGGED_RESPONSE_BYTES = 4096;

export interface SendResult {
  status: number | null;
  /** The first 4 KB of the response body (UTF-8). */
  body: string | null;
  error: string | null;
  durationMs: number;
}

/**
 * One POST, never following redirects (a 3xx is just a failed attempt), with the SSRF guard on
 * the resolved address and a hard timeout over the whole exchange. Never throws.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  policy: TargetPolicy,
  timeoutMs: number,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
      assertLiteralTargetAllowed(target, policy);
    } catch (error) {
      resolve({ status: null, body: null, error: (error as Error).message, durationMs: elapsed() });
      return;
    }
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(target, {
      method: "POST",
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      lookup: guardedLookup(policy) as never,
      signal: AbortSignal.timeout(timeoutMs),
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on("data", (chunk: Buffer) => {
        if (kept >= MAX_LOGGED_RESPONSE_BYTES) return;
        chunks.push(chunk.subarray(0, MAX_LOGGED_RESPONSE_BYTES - kept));
        kept += Math.min(chunk.length, MAX_LOGGED_RESPONSE_BYTES - kept);
      });
      const done = (error: string | null) =>
        resolve({
          status: res.statusCode ?? null,
          body: Buffer.concat(chunks).toString("utf8"),
          error,
          durationMs: elapsed(),
        });
      res.on("end", () => done(null));
      res.on("error", (error) =>
        done(error.name === "AbortError" ? "Timed out reading the response" : error.message),
      );
    });
    req.on("error", (error) => {
      const message = error.name === "AbortError" ? `Timed out after ${timeoutMs} ms` : error.message;
      resolve({ status: null, body: null, error: message, durationMs: elapsed() });
    });
    req.end(body);
  });
}
