import { Group } from "@mantine/core";
import type { ReactNode } from "react";
import { PageHeader } from "../../components/PageHeader";
import { BillingTabs } from "./BillingTabs";
import { TestModeBadge } from "./TestModeBadge";

interface BillingHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** The return page stands alone: no section tabs. */
  withTabs?: boolean;
}

/** Title, test-mode badge and section tabs shared by every billing page. */
export function BillingHeader({ title, description, actions, withTabs = true }: BillingHeaderProps) {
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          <Group gap="xs" wrap="wrap">
            <TestModeBadge />
            {actions}
          </Group>
        }
      />
      {withTabs && <BillingTabs />}
    </>
  );
}
