import { Modal, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { DialogActions } from "../../../components/DialogActions";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { notify } from "../../../lib/notify";
import { useTRPC } from "../../../lib/trpc";
import { formatMoney, toCents } from "../../billing/money";
import {
  BUNDLE_SERVER_FIELD,
  type BundleField,
  type BundleFormValues,
  bundleFormProblems,
  bundleFormValues,
  bundleInput,
} from "./bundle-form";
import { numberOf } from "./plan-form";
import { serverFormErrors } from "./server-errors";
import type { AdminBundle } from "./types";

function perHundred(values: BundleFormValues): string | null {
  const cents = toCents(values.price);
  const credits = numberOf(values.credits);
  if (cents === null || cents <= 0 || !(credits > 0)) return null;
  return `${formatMoney(Math.round((cents * 100) / credits))} per 100 credits`;
}

/** Create or edit a bundle; like the plan form, number inputs explain out-of-range values, never clamp them. */
function BundleForm({ bundle, onClose }: { bundle: AdminBundle | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<BundleFormValues>(() => bundleFormValues(bundle ?? undefined));
  const [checks, setChecks] = useState<Partial<Record<BundleField, string>>>({});
  const onSaved = (saved: AdminBundle) => {
    void queryClient.invalidateQueries(trpc.adminBundles.pathFilter());
    notify(`${saved.name} is saved.`, { title: bundle ? "Bundle updated" : "Bundle created" });
    onClose();
  };
  const create = useMutation(trpc.adminBundles.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.adminBundles.update.mutationOptions({ onSuccess: onSaved }));
  const save = bundle ? update : create;
  const { byField, formError } = serverFormErrors(save.error, BUNDLE_SERVER_FIELD);
  const fieldError = (field: BundleField) => checks[field] ?? byField[field];
  const set = <K extends BundleField>(field: K, value: BundleFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    // A field's complaint goes once it is edited; the next submit checks again.
    setChecks((current) => {
      const { [field]: _edited, ...rest } = current;
      return rest;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = bundleFormProblems(values);
    setChecks(problems);
    if (Object.keys(problems).length > 0) return;
    const input = bundleInput(values);
    if (bundle) update.mutate({ bundleId: bundle.id, ...input });
    else create.mutate(input);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {formError ? <ErrorAlert error={formError} title="Could not save the bundle" /> : null}
        <TextInput
          label="Name"
          required
          data-autofocus
          maxLength={100}
          placeholder="1,000 credits"
          value={values.name}
          onChange={(event) => set("name", event.currentTarget.value)}
          error={fieldError("name")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            clampBehavior="none"
            label="Credits"
            required
            min={1}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            value={values.credits}
            onChange={(value) => set("credits", value)}
            error={fieldError("credits")}
          />
          <NumberInput
            clampBehavior="none"
            label="Price"
            required
            prefix="$"
            decimalScale={2}
            fixedDecimalScale
            thousandSeparator=","
            allowNegative={false}
            value={values.price}
            onChange={(value) => set("price", value)}
            error={fieldError("price")}
            description={perHundred(values) ?? "One-time payment"}
          />
          <NumberInput
            clampBehavior="none"
            label="Sort order"
            allowDecimal={false}
            value={values.sortOrder}
            onChange={(value) => set("sortOrder", value)}
            error={fieldError("sortOrder")}
            description="Lower numbers are listed first"
          />
          <Switch
            label="On sale"
            description="Inactive bundles are hidden from tenants"
            checked={values.isActive}
            onChange={(event) => set("isActive", event.currentTarget.checked)}
            mt={{ base: 0, xs: 28 }}
          />
        </SimpleGrid>
        <DialogActions
          confirmLabel={bundle ? "Save bundle" : "Create bundle"}
          loading={save.isPending}
          onCancel={onClose}
          mt="xs"
        />
      </Stack>
    </form>
  );
}

export function BundleFormDialog({
  opened,
  bundle,
  onClose,
}: {
  opened: boolean;
  bundle: AdminBundle | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={600}>{bundle ? `Edit ${bundle.name}` : "Create a credit bundle"}</Text>}
      centered
    >
      {opened && <BundleForm key={bundle?.id ?? "new"} bundle={bundle} onClose={onClose} />}
    </Modal>
  );
}
