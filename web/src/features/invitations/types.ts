import type { inferOutput } from "@trpc/tanstack-react-query";
import type { Api } from "../../lib/trpc";

export type Preview = inferOutput<Api["invitations"]["preview"]>;
