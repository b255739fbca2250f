import { Alert, type AlertProps } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";

/** Something the user asked for is done; the counterpart of ErrorAlert. */
export function SuccessAlert({ icon = <IconCircleCheck aria-hidden />, ...props }: AlertProps) {
  return <Alert color="teal" variant="light" icon={icon} {...props} />;
}
