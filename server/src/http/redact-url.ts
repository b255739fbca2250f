/** Query parameters that carry single-use links or credentials (reset, verify, invite, OAuth). */
const SECRET_PARAMS = new Set(["token", "code", "state", "access_token", "refresh_token", "id_token"]);

/** The URL as the request log may keep it: secret query values replaced, everything else intact. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf("?");
  if (queryStart === -1) return url;
  const params = new URLSearchParams(url.slice(queryStart + 1));
  let redacted = false;
  for (const name of [...params.keys()]) {
    if (SECRET_PARAMS.has(name.toLowerCase())) {
      params.set(name, "[redacted]");
      redacted = true;
    }
  }
  return redacted ? `${url.slice(0, queryStart)}?${params}` : url;
}
