import { Modal, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { DialogActions } from "./DialogActions";
import { ErrorAlert } from "./ErrorAlert";

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red for destructive actions. */
  color?: string;
  loading?: boolean;
  /** A failed attempt, shown inside the dialog so the user can retry or cancel. */
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure?" for actions that cannot be undone; the server's error stays visible in the dialog. */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  color = "red",
  loading = false,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>{title}</Text>} centered>
      <Stack gap="md">
        <div>{children}</div>
        {error ? <ErrorAlert error={error} title="That did not work" /> : null}
        <DialogActions
          confirmLabel={confirmLabel}
          color={color}
          loading={loading}
          onConfirm={onConfirm}
          onCancel={onClose}
        />
      </Stack>
    </Modal>
  );
}
