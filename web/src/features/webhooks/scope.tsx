import { createContext, type ReactNode, useContext, useMemo } from "react";
import { useTRPC } from "../../lib/trpc";
import { type WebhookPaths, webhookPaths } from "./paths";
import type { WebhookApi } from "./types";

export type WebhookScopeName = "tenant" | "platform";

interface ScopeCopy {
  /** The list page's title; detail pages link back to the list with it. */
  title: string;
  description: string;
  logTitle: string;
}

const SCOPES: Record<WebhookScopeName, ScopeCopy & { basePath: string }> = {
  tenant: {
    basePath: "/app/webhooks",
    title: "Webhooks",
    description:
      "Your servers are told when something changes in this team: members, invitations, its name, its subscription, payments and credits.",
    logTitle: "Delivery log",
  },
  platform: {
    basePath: "/admin/webhooks",
    title: "Platform webhooks",
    description:
      "The platform's own webhooks (root tenant): tenant.created and user.created arrive here for every team and account.",
    logTitle: "Platform delivery log",
  },
};

export interface WebhookScope extends ScopeCopy {
  name: WebhookScopeName;
  /** `trpc.webhooks` (the current team's, X-Tenant-ID) or `trpc.adminWebhooks` (the platform's). */
  api: WebhookApi;
  paths: WebhookPaths;
}

const ScopeContext = createContext<WebhookScopeName | null>(null);

/** The webhook pages below act on the team's webhooks or on the platform's, as `scope` says. */
export function WebhookScopeProvider({ scope, children }: { scope: WebhookScopeName; children: ReactNode }) {
  return <ScopeContext.Provider value={scope}>{children}</ScopeContext.Provider>;
}

export function useWebhookScope(): WebhookScope {
  const name = useContext(ScopeContext);
  if (!name) throw new Error("useWebhookScope needs a WebhookScopeProvider");
  const trpc = useTRPC();
  const api = name === "tenant" ? trpc.webhooks : trpc.adminWebhooks;
  return useMemo(() => {
    const { basePath, ...copy } = SCOPES[name];
    return { name, api, paths: webhookPaths(basePath), ...copy };
  }, [name, api]);
}
