import { Button, Card, Group, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formErrors } from "../../lib/errors";
import { notify } from "../../lib/notify";
import { useTRPC } from "../../lib/trpc";
import { requiredProblem } from "../../lib/validation";

/** Owners and admins rename the team; the slug (used in URLs and the API) stays. */
export function RenameTeamCard({ name: currentName }: { name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(currentName);
  const [nameCheck, setNameCheck] = useState<string | undefined>();
  const rename = useMutation(
    trpc.tenant.rename.mutationOptions({
      onSuccess: ({ tenant }) => {
        queryClient.setQueryData(trpc.tenant.current.queryKey(), { tenant });
        // The switcher and page descriptions read the name from the profile's memberships.
        void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        notify(`The team is now called ${tenant.name}.`, { title: "Team renamed" });
      },
    }),
  );
  const { byField, formError } = formErrors(rename.error, ["name"]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = requiredProblem(name, "a name for the team");
    setNameCheck(problem);
    if (!problem) rename.mutate({ name: name.trim() });
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="rename-team-title">
      <Text component="h2" id="rename-team-title" fw={600} fz="md" m={0} mb="md">
        Rename
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {formError ? <ErrorAlert error={formError} title="Could not rename the team" /> : null}
          <TextInput
            label="Team name"
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameCheck ?? byField.name}
            description="The slug stays the same, so links and API calls keep working."
          />
          <Group justify="flex-end">
            <Button type="submit" loading={rename.isPending} disabled={name.trim() === currentName}>
              Save name
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
