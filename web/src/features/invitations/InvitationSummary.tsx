import { Card, DataList } from "@mantine/core";
import { DataRow } from "../../components/DataRow";
import { formatDate } from "../../lib/format";
import { RoleBadge } from "../tenancy/RoleBadge";
import type { Preview } from "./types";

/** What the invitation is for: team, role, who sent it, to whom, until when. */
export function InvitationSummary({ preview }: { preview: Preview }) {
  return (
    <Card withBorder padding="md" bg="gray.0">
      <DataList size="sm" labelWidth={96}>
        <DataRow label="Team" fw={600} data-testid="invite-tenant">
          {preview.tenantName}
        </DataRow>
        <DataRow label="Role">
          <RoleBadge role={preview.role} />
        </DataRow>
        <DataRow label="Invited by">{preview.inviterName ?? "A teammate"}</DataRow>
        <DataRow label="For" style={{ wordBreak: "break-all" }}>
          {preview.email}
        </DataRow>
        <DataRow label="Valid until">{formatDate(preview.expiresAt)}</DataRow>
      </DataList>
    </Card>
  );
}
