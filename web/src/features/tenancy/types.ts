import type { inferOutput } from "@trpc/tanstack-react-query";
import type { Api } from "../../lib/trpc";

export type Member = inferOutput<Api["tenant"]["members"]>["members"][number];
export type Invitation = inferOutput<Api["tenant"]["invitations"]>["invitations"][number];
