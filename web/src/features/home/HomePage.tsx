import { SimpleGrid } from "@mantine/core";
import { PageHeader } from "../../components/PageHeader";
import { ApiDocsCard } from "../system/ApiDocsCard";
import { StatusSummaryCard } from "../system/StatusSummaryCard";

/** Landing page of the tenant app at /app. */
export function HomePage() {
  return (
    <>
      <PageHeader title="Overview" description="Your Baseplate workspace at a glance." />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <StatusSummaryCard />
        <ApiDocsCard />
      </SimpleGrid>
    </>
  );
}
