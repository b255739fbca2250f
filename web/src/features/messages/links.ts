/**
 * A message link on this site as an in-app path ("/invite?token=…"), so it opens without a reload;
 * null for links elsewhere (opened as plain links) or anything that is not http(s).
 */
export function appPath(link: string, origin: string): string | null {
  try {
    const url = new URL(link, origin);
    if (url.origin !== origin) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** Only http(s) links are ever rendered as anchors (never `javascript:` or `data:`). */
export function isHttpUrl(link: string): boolean {
  try {
    const { protocol } = new URL(link);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
