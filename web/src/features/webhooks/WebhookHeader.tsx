import { Button, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { PageHeader } from "../../components/PageHeader";
import { type WebhookSection, webhookSection } from "./paths";
import { useWebhookScope } from "./scope";

interface WebhookHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The webhook pages' own navigation, under the page title (like billing's). */
function WebhookTabs() {
  const { pathname } = useLocation();
  const { paths } = useWebhookScope();
  const current = webhookSection(pathname, paths);
  const tabs: Array<{ section: WebhookSection; label: string; to: string }> = [
    { section: "endpoints", label: "Endpoints", to: paths.list },
    { section: "deliveries", label: "Delivery log", to: paths.deliveries },
  ];
  return (
    <Group
      component="nav"
      aria-label="Webhook sections"
      gap={2}
      wrap="nowrap"
      mb="lg"
      pb={4}
      style={{ overflowX: "auto", borderBottom: "1px solid var(--mantine-color-gray-3)" }}
    >
      {tabs.map((tab) => {
        const active = tab.section === current;
        return (
          <Button
            key={tab.section}
            component={Link}
            to={tab.to}
            size="xs"
            variant={active ? "light" : "subtle"}
            color={active ? undefined : "gray"}
            aria-current={active ? "page" : undefined}
            px={8}
            style={{ flexShrink: 0 }}
          >
            {tab.label}
          </Button>
        );
      })}
    </Group>
  );
}

/** Title, actions and section tabs shared by every webhook page. */
export function WebhookHeader({ title, description, actions }: WebhookHeaderProps) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <WebhookTabs />
    </>
  );
}
