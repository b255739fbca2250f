import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { createMemoryRouter, MemoryRouter, type RouteObject, RouterProvider } from "react-router";
import { createApiClient, TRPCProvider } from "../lib/trpc";
import { theme } from "../theme";

/** Renders UI inside Mantine and a memory router at `path`. */
export function renderWithUi(ui: ReactNode, { path = "/" }: { path?: string } = {}) {
  return render(
    <MantineProvider theme={theme}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </MantineProvider>,
  );
}

/**
 * Renders a route table at `path` with the real providers; the API client talks to `fetch`,
 * a stand-in for the server (see fake-trpc-fetch.ts). Queries do not retry, so errors show at once.
 */
export function renderRoutes(routes: RouteObject[], path: string, fetch?: typeof globalThis.fetch) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const trpcClient = createApiClient({ url: "http://baseplate.test/trpc", fetch });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <RouterProvider router={router} />
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...view, router, queryClient };
}
