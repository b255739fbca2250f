import { Button } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";

/** "Refresh" for a page header: fetches the page's data again now instead of at the next poll. */
export function RefreshButton({ onClick, loading }: { onClick: () => void; loading: boolean }) {
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconRefresh size={14} aria-hidden />}
      onClick={onClick}
      loading={loading}
    >
      Refresh
    </Button>
  );
}
