import type { inferOutput } from "@trpc/tanstack-react-query";
import type { Api } from "../../lib/trpc";

type StatusAnswer = inferOutput<Api["system"]["status"]>;
type OperatorFields = "node" | "uptimeSeconds" | "checks";

/** Anonymous callers get the verdict and versions only; node, uptime and checks come for platform admins. */
export type SystemStatus = Omit<StatusAnswer, OperatorFields> & Partial<Pick<StatusAnswer, OperatorFields>>;
export type StatusCheckResults = NonNullable<SystemStatus["checks"]>;
export type SystemVersion = inferOutput<Api["system"]["version"]>;
