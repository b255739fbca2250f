import {
  ActionIcon,
  Autocomplete,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { type EntitlementRow, emptyRow, MAX_ENTITLEMENTS, type RowProblems } from "./entitlement-rows";
import type { EntitlementKey, EntitlementType } from "./types";

const TYPE_OPTIONS: Array<{ value: EntitlementType; label: string }> = [
  { value: "bool", label: "On / off" },
  { value: "numeric", label: "Number" },
  { value: "string", label: "Text" },
];

interface EntitlementEditorProps {
  rows: EntitlementRow[];
  onChange: (rows: EntitlementRow[]) => void;
  problems: Record<string, RowProblems>;
  listProblem?: string;
  /** Keys other plans use: offered as the key is typed, and picking one fills its type and description. */
  knownKeys: EntitlementKey[];
}

function ValueInput({
  row,
  error,
  onChange,
}: {
  row: EntitlementRow;
  error?: string;
  onChange: (patch: Partial<EntitlementRow>) => void;
}) {
  const label = "Value";
  if (row.type === "bool") {
    return (
      <Switch
        label={row.boolValue ? "Included" : "Not included"}
        checked={row.boolValue}
        onChange={(event) => onChange({ boolValue: event.currentTarget.checked })}
        aria-label={`Value of ${row.key || "new entitlement"}`}
        mt={{ base: 0, sm: 30 }}
      />
    );
  }
  if (row.type === "numeric") {
    return (
      <NumberInput
        label={label}
        value={row.numericValue}
        onChange={(value) => onChange({ numericValue: value })}
        error={error}
        allowDecimal
        thousandSeparator=","
      />
    );
  }
  return (
    <TextInput
      label={label}
      value={row.stringValue}
      onChange={(event) => onChange({ stringValue: event.currentTarget.value })}
      error={error}
      maxLength={1000}
    />
  );
}

/** Rows of key, type, a value input that fits the type, and a description; keys of other plans are suggested. */
export function EntitlementEditor({
  rows,
  onChange,
  problems,
  listProblem,
  knownKeys,
}: EntitlementEditorProps) {
  const update = (rowId: string, patch: Partial<EntitlementRow>) =>
    onChange(rows.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));
  // A key other plans use (picked from the suggestions or typed out) brings its type and description.
  const setKey = (row: EntitlementRow, key: string) => {
    const known = knownKeys.find((k) => k.key === key.trim());
    update(
      row.rowId,
      known ? { key, type: known.type, description: row.description || known.description } : { key },
    );
  };
  const used = new Set(rows.map((row) => row.key.trim()));

  return (
    <Stack gap="sm" data-testid="entitlement-editor">
      <Group justify="space-between" gap="xs">
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            Entitlements
          </Text>
          <Text size="xs" c="dimmed">
            Features and limits your product checks for this plan.
          </Text>
        </Stack>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...rows, emptyRow()])}
          disabled={rows.length >= MAX_ENTITLEMENTS}
        >
          Add entitlement
        </Button>
      </Group>
      {listProblem && (
        <Text size="xs" c="red">
          {listProblem}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-entitlements">
          No entitlements: the plan differs from others by price and credits only.
        </Text>
      ) : (
        rows.map((row) => {
          const error = problems[row.rowId] ?? {};
          return (
            <Paper key={row.rowId} withBorder p="sm" radius="md" data-testid="entitlement-row">
              <Group align="flex-start" wrap="nowrap" gap="xs">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" style={{ flex: 1 }}>
                  <Autocomplete
                    label="Key"
                    placeholder="feature_x"
                    value={row.key}
                    onChange={(key) => setKey(row, key)}
                    data={knownKeys.map((k) => k.key).filter((key) => key === row.key || !used.has(key))}
                    error={error.key}
                    maxLength={64}
                  />
                  <Select
                    label="Type"
                    data={TYPE_OPTIONS}
                    value={row.type}
                    onChange={(type) => type && update(row.rowId, { type: type as EntitlementType })}
                    allowDeselect={false}
                  />
                  <ValueInput row={row} error={error.value} onChange={(patch) => update(row.rowId, patch)} />
                  <TextInput
                    label="Description"
                    placeholder="Shown to buyers"
                    value={row.description}
                    onChange={(event) => update(row.rowId, { description: event.currentTarget.value })}
                    error={error.description}
                    maxLength={200}
                  />
                </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  aria-label={`Remove ${row.key || "this entitlement"}`}
                  onClick={() => onChange(rows.filter((r) => r.rowId !== row.rowId))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Paper>
          );
        })
      )}
    </Stack>
  );
}
