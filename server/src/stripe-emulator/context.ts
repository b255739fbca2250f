import type { Store } from "./store.js";
import type { Webhooks } from "./webhooks.js";

/** What every resource handler and the billing engine share. */
export interface EmulatorContext {
  store: Store;
  webhooks: Webhooks;
  /** Customers whose card is declined (set through the test controls). */
  failingCustomers: Set<string>;
  /** Where the emulator's own pages are served (checkout, portal). */
  baseUrl(): string;
}
