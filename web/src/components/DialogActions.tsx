import { Button, Group, type GroupProps } from "@mantine/core";

interface DialogActionsProps extends Pick<GroupProps, "mt"> {
  confirmLabel: string;
  loading?: boolean;
  /** Without it the confirm button submits the dialog's form. */
  onConfirm?: () => void;
  onCancel: () => void;
  color?: string;
}

/** Cancel + the dialog's action, right-aligned; Cancel waits while the action is in flight. */
export function DialogActions({
  confirmLabel,
  loading = false,
  onConfirm,
  onCancel,
  color,
  mt,
}: DialogActionsProps) {
  return (
    <Group justify="flex-end" gap="sm" mt={mt}>
      <Button variant="default" onClick={onCancel} disabled={loading}>
        Cancel
      </Button>
      <Button type={onConfirm ? "button" : "submit"} color={color} onClick={onConfirm} loading={loading}>
        {confirmLabel}
      </Button>
    </Group>
  );
}
