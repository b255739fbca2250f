import { createRequire } from "node:module";

const pkg = createRequire(import.meta.url)("../../package.json") as { version: string };

/** Release of this server build. */
export const SERVER_VERSION = pkg.version;
/** Version of the public API contract, sent as `X-API-Version` on every response. */
export const API_VERSION = "1.2";
