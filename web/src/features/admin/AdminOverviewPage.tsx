import { CardSkeleton } from "../../components/CardSkeleton";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { useSystemStatus } from "../system/queries";
import { SystemDetailsCard } from "./SystemDetailsCard";

/** Operator landing page at /admin: everything the answering node reports about itself. */
export function AdminOverviewPage() {
  const status = useSystemStatus();
  return (
    <>
      <PageHeader
        title="System overview"
        description="Runtime details of the node that answered this request."
      />
      <QueryState
        query={status}
        loadingLabel="Loading system status"
        errorTitle="Could not load system status"
        loading={<CardSkeleton height={320} />}
      >
        {(data) => <SystemDetailsCard status={data} />}
      </QueryState>
    </>
  );
}
