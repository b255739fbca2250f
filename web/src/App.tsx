import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { Toasts } from "./components/Toasts";
import { getSession, isSignedIn, subscribeSession } from "./lib/session";
import { createApiClient, TRPCProvider } from "./lib/trpc";
import { routes } from "./routes";
import { theme } from "./theme";

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}

/** When the session ends (sign-out, refused refresh, another tab), nothing of that user stays cached. */
function useForgetDataOnSignOut(queryClient: QueryClient) {
  useEffect(() => {
    let signedIn = isSignedIn(getSession());
    return subscribeSession(() => {
      const now = isSignedIn(getSession());
      if (signedIn && !now) queryClient.clear();
      signedIn = now;
    });
  }, [queryClient]);
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() => createApiClient());
  const [router] = useState(() => createBrowserRouter(routes));
  useForgetDataOnSignOut(queryClient);

  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <RouterProvider router={router} />
          <Toasts />
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
