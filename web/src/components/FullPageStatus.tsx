import { Center, Loader, Stack, Text } from "@mantine/core";

/** Whole-screen loading state (before the app shell can be drawn), labelled for assistive tech. */
export function FullPageLoader({ label }: { label: string }) {
  return (
    <Center mih="100dvh" role="status" aria-busy="true" aria-label={label}>
      <Stack align="center" gap="sm">
        <Loader aria-hidden />
        <Text size="sm" c="dimmed">
          {label}…
        </Text>
      </Stack>
    </Center>
  );
}
