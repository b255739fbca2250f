import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtpServer {
  /** For SMTP_URL. */
  url: string;
  /** Every message accepted so far, parsed. */
  messages: ParsedMail[];
  /** Resolves with the first message sent to `address` (after `skip` earlier ones). */
  waitForMail(address: string, options?: { skip?: number; timeoutMs?: number }): Promise<ParsedMail>;
  mailTo(address: string): ParsedMail[];
  close(): Promise<void>;
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((entry) => entry.address?.toLowerCase() ?? ""));
}

/**
 * A real SMTP server in this process on a random port (no TLS, no auth). With `reject`, every
 * recipient is refused with 550, as a server that will not take the mail.
 */
export async function startSmtpServer(
  options: {
    reject?: boolean /** Hold each message this long before accepting it (a slow server). */;
    acceptDelayMs?: number;
  } = {},
): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!options.reject) return callback();
      return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          setTimeout(() => {
            messages.push(mail);
            callback();
          }, options.acceptDelayMs ?? 0);
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const mailTo = (address: string) =>
    messages.filter((mail) => recipients(mail).includes(address.toLowerCase()));

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    mailTo,
    async waitForMail(address, { skip = 0, timeoutMs = 10_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = mailTo(address)[skip];
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`No email #${skip + 1} to ${address} within ${timeoutMs} ms`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in the mail's text that points at `path` (e.g. "/verify-email"). */
export function linkIn(mail: { text?: string | undefined }, path: string): URL {
  for (const match of mail.text?.match(/https?:\/\/[^\s<>"]+/g) ?? []) {
    const url = new URL(match);
    if (url.pathname === path) return url;
  }
  throw new Error(`No ${path} link in:\n${mail.text}`);
}

/** The `token` query parameter of that link. */
export function tokenIn(mail: { text?: string | undefined }, path: string): string {
  const token = linkIn(mail, path).searchParams.get("token");
  if (!token) throw new Error(`The ${path} link has no token`);
  return token;
}
