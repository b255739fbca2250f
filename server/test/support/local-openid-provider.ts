import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** A person known to the local provider; these are the claims its ID tokens carry. */
export interface ProviderAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
}

export interface ProviderClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const notReady: Handler = (_req, res) => {
  res.statusCode = 503;
  res.end("provider not configured yet");
};

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1:<random port>. It listens before it is
 * configured, so its issuer URL can go into the app's env and the app's callback URL can then be
 * registered as the client's redirect URI; until `registerClient` it answers 503 (a provider
 * that is down).
 */
export class LocalOpenIdProvider {
  readonly accounts = new Map<string, ProviderAccount>();
  private handler: Handler = notReady;

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
  ) {}

  static async start(): Promise<LocalOpenIdProvider> {
    let self: LocalOpenIdProvider | undefined;
    const server = createServer((req, res) => self?.handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    self = new LocalOpenIdProvider(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return self;
  }

  registerClient(client: ProviderClient): void {
    const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
      format: "jwk",
    });
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: client.clientId,
          client_secret: client.clientSecret,
          redirect_uris: [client.redirectUri],
          response_types: ["code"],
          grant_types: ["authorization_code"],
          token_endpoint_auth_method: "client_secret_post",
        },
      ],
      cookies: { keys: [randomBytes(32).toString("hex")] },
      jwks: { keys: [{ ...signingKey, alg: "RS256", use: "sig" }] },
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
      ttl: {
        AuthorizationCode: 60,
        AccessToken: 600,
        IdToken: 600,
        Grant: 600,
        Interaction: 600,
        Session: 600,
      },
      // Like Google: the ID token itself carries email, email_verified and name.
      conformIdTokenClaims: false,
      findAccount: (_ctx, id) => {
        const account = this.accounts.get(id);
        return account && { accountId: id, claims: () => ({ ...account }) };
      },
    });
    this.handler = provider.callback();
  }

  /** Adds (or replaces) an account; its `sub` is also the login typed on the sign-in page. */
  addAccount(account: ProviderAccount): ProviderAccount {
    this.accounts.set(account.sub, account);
    return account;
  }

  /**
   * Plays a browser through the provider's own sign-in and consent pages (devInteractions),
   * from the authorization URL our server redirected to, and returns the URL the provider
   * sends the browser back to (our callback with code and state). Each call is a fresh browser.
   */
  async authorize(authorizationUrl: string, login: string, options: { abort?: boolean } = {}): Promise<URL> {
    const browser = new Browser();
    let url = new URL(authorizationUrl);
    for (let step = 0; step < 20; step += 1) {
      if (url.origin !== this.issuer) return url;
      let response = await browser.fetch(url);
      if (response.status === 200) {
        const page = await response.text();
        const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
        if (options.abort) {
          response = await browser.fetch(new URL(`${url.pathname}/abort`, url));
        } else if (prompt === "login") {
          response = await browser.fetch(url, { prompt: "login", login, password: "any" });
        } else if (prompt === "consent") {
          response = await browser.fetch(url, { prompt: "consent" });
        } else {
          throw new Error(`unexpected provider page at ${url.href}: ${page.slice(0, 500)}`);
        }
      }
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(
          `provider answered ${response.status} at ${url.href}: ${(await response.text()).slice(0, 500)}`,
        );
      }
      url = new URL(location, url);
    }
    throw new Error("too many redirects at the provider");
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Just enough of a browser: manual redirects and a cookie jar (one site, paths ignored). */
class Browser {
  private readonly cookies = new Map<string, string>();

  async fetch(url: URL, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    const init: RequestInit = { redirect: "manual", headers };
    if (form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      init.method = "POST";
      init.body = new URLSearchParams(form).toString();
    }
    const response = await fetch(url, init);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}
