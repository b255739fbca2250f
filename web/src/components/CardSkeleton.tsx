import { Card, Skeleton } from "@mantine/core";

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
