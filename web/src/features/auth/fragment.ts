export interface FragmentTokens {
  accessToken: string;
  refreshToken: string;
}

/** Tokens from Google sign-in's redirect: `#access_token=...&refresh_token=...`; null if incomplete. */
export function parseTokenFragment(hash: string): FragmentTokens | null {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const accessToken = params.get("access_token");
  const refreshToken = params.get("refresh_token");
  return accessToken && refreshToken ? { accessToken, refreshToken } : null;
}
