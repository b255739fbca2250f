import { useSyncExternalStore } from "react";

/** A short-lived confirmation ("Role changed") shown in the corner, whatever page the user is on. */
export interface Toast {
  id: number;
  message: string;
  title?: string;
  color: "green" | "red" | "blue";
}

/** How long a toast stays before it dismisses itself. */
export const TOAST_MS = 5_000;

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: Toast[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

export function dismiss(id: number): void {
  publish(toasts.filter((toast) => toast.id !== id));
}

/** Shows a toast (green unless told otherwise); it goes away after TOAST_MS or when closed. */
export function notify(message: string, options: { title?: string; color?: Toast["color"] } = {}): number {
  const id = nextId++;
  publish([...toasts, { id, message, title: options.title, color: options.color ?? "green" }]);
  setTimeout(() => dismiss(id), TOAST_MS);
  return id;
}

export function getToasts(): Toast[] {
  return toasts;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(subscribe, getToasts, getToasts);
}
