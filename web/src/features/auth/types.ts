import type { inferOutput } from "@trpc/tanstack-react-query";
import type { Api } from "../../lib/trpc";

export type Me = inferOutput<Api["auth"]["me"]>;
export type User = Me["user"];
export type Membership = Me["memberships"][number];
export type Role = Membership["role"];
