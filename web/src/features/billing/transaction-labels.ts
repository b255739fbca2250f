import type { Transaction } from "./types";

const TYPES: Record<Transaction["type"], { label: string; color: string }> = {
  subscription: { label: "Subscription", color: "indigo" },
  purchase: { label: "Credit purchase", color: "teal" },
  refund: { label: "Refund", color: "orange" },
};

export function transactionType(type: Transaction["type"]): { label: string; color: string } {
  return TYPES[type];
}
