/** Who is calling, once a credential has been verified. */
export type Principal =
  | { kind: "user"; userId: string; sessionId: string }
  | { kind: "apiKey"; apiKeyId: string; authority: "admin" | "user"; userId: string };
