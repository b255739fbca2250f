import { Notification, Stack } from "@mantine/core";
import { IconCheck, IconInfoCircle, IconX } from "@tabler/icons-react";
import { dismiss, useToasts } from "../lib/notify";

const ICONS = { green: IconCheck, red: IconX, blue: IconInfoCircle } as const;

/** The toasts of `notify()`, stacked top-right (full width on phones); a polite live region. */
export function Toasts() {
  const toasts = useToasts();
  return (
    <Stack
      gap="xs"
      pos="fixed"
      top={64}
      right={16}
      w="min(360px, calc(100vw - 32px))"
      style={{ zIndex: 1000 }}
      aria-live="polite"
      data-testid="toasts"
    >
      {toasts.map((toast) => {
        const Icon = ICONS[toast.color];
        return (
          <Notification
            key={toast.id}
            color={toast.color}
            title={toast.title}
            icon={<Icon size={18} aria-hidden />}
            onClose={() => dismiss(toast.id)}
            closeButtonProps={{ "aria-label": "Dismiss" }}
            withBorder
            data-testid="toast"
          >
            {toast.message}
          </Notification>
        );
      })}
    </Stack>
  );
}
