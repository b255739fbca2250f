import { Button, Checkbox, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { QueryState } from "../../components/QueryState";
import { useWebhookScope } from "./scope";

interface EventPickerProps {
  value: string[];
  onChange: (events: string[]) => void;
  error?: string;
}

/** Every event type the server sends, each with what it means; all or none in one click. */
export function EventPicker({ value, onChange, error }: EventPickerProps) {
  const { api } = useWebhookScope();
  const eventTypes = useQuery(
    api.eventTypes.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }),
  );
  return (
    <QueryState
      query={eventTypes}
      loadingLabel="Loading event types"
      errorTitle="Could not load the event types"
      loading={<Skeleton h={160} />}
    >
      {({ eventTypes: types }) => (
        <Checkbox.Group
          label="Events"
          description={`${value.length} of ${types.length} selected`}
          required
          value={value}
          onChange={onChange}
          error={error}
        >
          <Group gap="xs" mt={6} mb="xs">
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => onChange(types.map((type) => type.type))}
              disabled={value.length === types.length}
            >
              Select all
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => onChange([])}
              disabled={value.length === 0}
            >
              None
            </Button>
          </Group>
          <Stack gap="sm" data-testid="event-picker">
            {types.map((type) => (
              <Checkbox
                key={type.type}
                value={type.type}
                label={
                  <Text component="span" size="sm" ff="monospace" fw={500}>
                    {type.type}
                  </Text>
                }
                description={type.description}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </QueryState>
  );
}
