/**
 * Absolute links to pages of the web app (used in emails and redirects). PUBLIC_URL wins;
 * otherwise the address this process is listening on — never the request's Host header,
 * which a caller controls (reset-link poisoning).
 */
export class AppLinks {
  private listenUrl: string | undefined;

  constructor(private readonly publicUrl: string | undefined) {}

  /** Called once the HTTP listener is bound. */
  setListenUrl(url: string): void {
    this.listenUrl = url;
  }

  get baseUrl(): string {
    return (this.publicUrl ?? this.listenUrl ?? "http://localhost:3000").replace(/\/+$/, "");
  }

  to(path: string, params: Record<string, string> = {}): string {
    const url = new URL(path, `${this.baseUrl}/`);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url.toString();
  }
}
