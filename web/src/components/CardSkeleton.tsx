import { Card, Skeleton, Stack } from "@mantine/core";

/** Placeholder with a card's outline while its data loads. */
export function CardSkeleton({ height = 140 }: { height?: number }) {
  return (
    <Card withBorder padding="lg" h={height}>
      <Skeleton h={16} w="40%" mb="md" />
      <Skeleton h={12} w="80%" mb="sm" />
      <Skeleton h={12} w="60%" />
    </Card>
  );
}

/** A few card placeholders stacked, for lists of cards (messages, emails). */
export function CardSkeletonList({ count = 3, height }: { count?: number; height?: number }) {
  return (
    <Stack gap="sm">
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
        <CardSkeleton key={index} height={height} />
      ))}
    </Stack>
  );
}
