import { Button, CopyButton } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";

/** Copies a signing secret; says "Copied" for a few seconds. */
export function CopySecretButton({
  secret,
  variant = "filled",
}: {
  secret: string;
  variant?: "filled" | "default";
}) {
  return (
    <CopyButton value={secret} timeout={4000}>
      {({ copied, copy }) => (
        <Button
          size={variant === "filled" ? "sm" : "xs"}
          color={copied ? "teal" : undefined}
          variant={copied ? "light" : variant}
          leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          onClick={copy}
        >
          {copied ? "Copied" : "Copy secret"}
        </Button>
      )}
    </CopyButton>
  );
}
