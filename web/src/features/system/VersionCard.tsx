import { Code, DataList } from "@mantine/core";
import { IconTag } from "@tabler/icons-react";
import { DataRow } from "../../components/DataRow";
import { InfoCard } from "./InfoCard";
import type { SystemVersion } from "./types";

/** Server release and API contract version (the API version is also sent as X-API-Version). */
export function VersionCard({ version }: { version: SystemVersion }) {
  return (
    <InfoCard title="Version" icon={IconTag} testId="version-card">
      <DataList size="sm" labelWidth={96}>
        <DataRow label="Server">
          <Code data-testid="server-version">{version.version}</Code>
        </DataRow>
        <DataRow label="API">
          <Code data-testid="api-version">{version.apiVersion}</Code>
        </DataRow>
      </DataList>
    </InfoCard>
  );
}
