import { ActionIcon, Indicator } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { Link } from "react-router";
import { useUnreadCount } from "./queries";

/** Header bell linking to /app/messages, with the unread count as a badge. */
export function MessagesBell() {
  const unread = useUnreadCount();
  const count = unread.data?.count ?? 0;
  const label = count > 0 ? `Messages (${count} unread)` : "Messages";
  return (
    <Indicator
      label={count > 99 ? "99+" : count}
      disabled={count === 0}
      size={16}
      offset={4}
      color="red"
      inline
      data-testid="unread-badge"
      data-count={count}
    >
      <ActionIcon
        component={Link}
        to="/app/messages"
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={label}
      >
        <IconBell size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
