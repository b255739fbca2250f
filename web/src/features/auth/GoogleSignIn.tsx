import { Button, Divider } from "@mantine/core";
import { IconBrandGoogle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc";

/** The server route that starts Google sign-in (a full-page navigation, not a fetch). */
export const GOOGLE_START_PATH = "/api/v1/auth/google";

/** "Sign in with Google", shown only when the server says Google is configured. */
export function GoogleSignIn({ label = "Sign in with Google" }: { label?: string }) {
  const trpc = useTRPC();
  const providers = useQuery(trpc.auth.providers.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  // Optional extra: while unknown or unavailable the email form alone is shown.
  if (!providers.data?.google) return null;
  return (
    <>
      <Divider label="or" labelPosition="center" />
      <Button
        component="a"
        href={GOOGLE_START_PATH}
        variant="default"
        fullWidth
        leftSection={<IconBrandGoogle size={18} aria-hidden />}
      >
        {label}
      </Button>
    </>
  );
}
