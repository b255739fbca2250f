import { Code, DataList } from "@mantine/core";
import { IconTag } from "@tabler/icons-react";
import { InfoCard } from "./InfoCard";
import type { SystemVersion } from "./types";

/** Server release and API contract version (the API version is also sent as X-API-Version). */
export function VersionCard({ version }: { version: SystemVersion }) {
  return (
    <InfoCard title="Version" icon={IconTag} testId="version-card">
      <DataList size="sm" labelWidth={96}>
        <DataList.Item>
          <DataList.ItemLabel>Server</DataList.ItemLabel>
          <DataList.ItemValue>
            <Code data-testid="server-version">{version.version}</Code>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>API</DataList.ItemLabel>
          <DataList.ItemValue>
            <Code data-testid="api-version">{version.apiVersion}</Code>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </InfoCard>
  );
}
