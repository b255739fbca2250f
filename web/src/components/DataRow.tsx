import { DataList, type DataListItemValueProps } from "@mantine/core";
import type { ReactNode } from "react";

interface DataRowProps extends DataListItemValueProps {
  label: ReactNode;
}

/** One labelled fact of a DataList; extra props (data-testid, title, style) go on the value. */
export function DataRow({ label, children, ...valueProps }: DataRowProps) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue {...valueProps}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
