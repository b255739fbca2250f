import { SimpleGrid, Stack } from "@mantine/core";
import { PageHeader } from "../../components/PageHeader";
import { useMe } from "../auth/hooks";
import { PasswordCard } from "./PasswordCard";
import { ProfileCard } from "./ProfileCard";
import { SessionsCard } from "./SessionsCard";
import { VerifyEmailBanner } from "./VerifyEmailBanner";

/** /app/account: profile, password and sessions of the signed-in user. */
export function AccountPage() {
  const me = useMe();
  if (!me.data) return null; // RequireAuth renders pages only once the profile is loaded
  const { user } = me.data;
  return (
    <>
      <PageHeader title="Account" description="Your profile, password and where you are signed in." />
      <Stack gap="lg">
        <VerifyEmailBanner user={user} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ProfileCard user={user} />
          <PasswordCard user={user} />
        </SimpleGrid>
        <SessionsCard />
      </Stack>
    </>
  );
}
