import type { inferOutput } from "@trpc/tanstack-react-query";
import type { Api } from "../../lib/trpc";

export type SystemStatus = inferOutput<Api["system"]["status"]>;
export type SystemVersion = inferOutput<Api["system"]["version"]>;
