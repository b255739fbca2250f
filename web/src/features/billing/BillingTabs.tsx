import { Button, Group } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { isActivePath } from "../../components/NavList";

export const BILLING_SECTIONS = [
  { label: "Overview", to: "/app/billing", end: true },
  { label: "Plans", to: "/app/billing/plans" },
  { label: "Credits", to: "/app/billing/credits" },
  { label: "Bundles", to: "/app/billing/bundles" },
  { label: "History", to: "/app/billing/history" },
] as const;

/** The billing pages' own navigation, under the page title; scrolls sideways on narrow phones. */
export function BillingTabs() {
  const { pathname } = useLocation();
  return (
    <Group
      component="nav"
      aria-label="Billing sections"
      gap={2}
      wrap="nowrap"
      mb="lg"
      pb={4}
      style={{ overflowX: "auto", borderBottom: "1px solid var(--mantine-color-gray-3)" }}
    >
      {BILLING_SECTIONS.map((section) => {
        const active = isActivePath(pathname, section.to, "end" in section && section.end);
        return (
          <Button
            key={section.to}
            component={Link}
            to={section.to}
            size="xs"
            variant={active ? "light" : "subtle"}
            color={active ? undefined : "gray"}
            aria-current={active ? "page" : undefined}
            // Narrower than a default xs button, so all five fit a 390 px phone without scrolling.
            px={8}
            style={{ flexShrink: 0 }}
          >
            {section.label}
          </Button>
        );
      })}
    </Group>
  );
}
