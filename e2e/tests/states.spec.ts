import { expect, type Page, test } from "@playwright/test";
import { holdThenRefuse, logInUi } from "../support/helpers.js";
import { OPERATOR } from "../support/operator.js";

interface PageCase {
  path: string;
  /** The tRPC procedure the page's main content comes from. */
  procedure: string;
  loading: string;
  error: string;
  ready: (page: Page) => ReturnType<Page["getByTestId"]>;
}

const PAGES: PageCase[] = [
  {
    path: "/app/team",
    procedure: "tenant.members",
    loading: "Loading members",
    error: "Could not load members",
    ready: (page) => page.getByTestId("members-table"),
  },
  {
    path: "/app/messages",
    procedure: "messages.list",
    loading: "Loading messages",
    error: "Could not load messages",
    ready: (page) => page.getByRole("heading", { name: "Messages" }),
  },
  {
    path: "/app/account",
    procedure: "auth.sessions",
    loading: "Loading sessions",
    error: "Could not load sessions",
    ready: (page) => page.getByTestId("sessions-table"),
  },
  {
    path: "/admin/api-keys",
    procedure: "admin.apiKeys.list",
    loading: "Loading API keys",
    error: "Could not load API keys",
    ready: (page) => page.getByRole("heading", { name: "API keys" }),
  },
  {
    path: "/admin/mailbox",
    procedure: "admin.devMailbox",
    loading: "Loading mailbox",
    error: "Could not load the mailbox",
    ready: (page) => page.getByTestId("mailbox-list"),
  },
];

for (const { path, procedure, loading, error, ready } of PAGES) {
  test(`${path} shows a loading state, then an error with Retry when ${procedure} cannot be reached`, async ({
    page,
  }) => {
    await logInUi(page, OPERATOR.email, OPERATOR.password);
    const matches = (url: URL) => url.pathname.startsWith("/trpc/") && url.pathname.includes(procedure);
    const release = await holdThenRefuse(page, matches);

    await page.goto(path);
    await expect(page.getByRole("status", { name: loading })).toBeVisible();
    release();

    const alert = page.getByRole("alert").filter({ hasText: error });
    await expect(alert).toBeVisible();
    await expect(alert.getByTestId("error-message")).toContainText("Could not reach the Baseplate server");

    await page.unroute(matches);
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(ready(page)).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
}
