import type { UseMutationResult } from "@tanstack/react-query";
import { useState } from "react";
import type { ConfirmDialogProps } from "./ConfirmDialog";

type DialogState = Pick<ConfirmDialogProps, "opened" | "loading" | "error" | "onConfirm" | "onClose">;

/**
 * A mutation on one item that asks first: `ask(item)` opens the ConfirmDialog, confirming runs the
 * mutation for that item and closes the dialog once it succeeds; a failure stays visible in the dialog.
 * Spread `dialog` onto the ConfirmDialog.
 */
export function useConfirmedMutation<TItem, TData, TError, TVariables, TContext>(
  mutation: UseMutationResult<TData, TError, TVariables, TContext>,
  toVariables: (item: TItem) => TVariables,
): { item: TItem | null; ask: (item: TItem) => void; dialog: DialogState } {
  const [item, setItem] = useState<TItem | null>(null);
  return {
    item,
    ask: setItem,
    dialog: {
      opened: item !== null,
      loading: mutation.isPending,
      error: mutation.error,
      onClose: () => {
        setItem(null);
        mutation.reset();
      },
      onConfirm: () => {
        if (item !== null) mutation.mutate(toVariables(item), { onSuccess: () => setItem(null) });
      },
    },
  };
}
