import { createTheme } from "@mantine/core";

/** Tenant UI accent; the admin console switches to {@link ADMIN_ACCENT} so the two never look alike. */
export const APP_ACCENT = "indigo";
export const ADMIN_ACCENT = "orange";

export const theme = createTheme({
  primaryColor: APP_ACCENT,
  defaultRadius: "md",
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: "650" },
  cursorType: "pointer",
});

/**
 * Below this width a table scrolls sideways. Tables are laid out so a 390 px phone (about 300 px inside a
 * card) needs no scrolling: secondary columns hide and their facts move under the first cell.
 */
export const PHONE_TABLE_MIN_WIDTH = 280;
