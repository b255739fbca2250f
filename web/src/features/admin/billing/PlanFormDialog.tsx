import {
  Divider,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { DialogActions } from "../../../components/DialogActions";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { notify } from "../../../lib/notify";
import { useTRPC } from "../../../lib/trpc";
import { formatMoney } from "../../billing/money";
import { EntitlementEditor } from "./EntitlementEditor";
import type { EntitlementRow } from "./entitlement-rows";
import {
  hasPlanProblems,
  type PlanField,
  type PlanFormProblems,
  type PlanFormValues,
  planFormProblems,
  planFormValues,
  planInput,
  previewAnnualCents,
  SERVER_FIELD,
} from "./plan-form";
import { serverFormErrors } from "./server-errors";
import type { AdminPlan } from "./types";

interface PlanFormDialogProps {
  opened: boolean;
  /** The plan to edit; a new plan when null. */
  plan: AdminPlan | null;
  onClose: () => void;
}

const NO_PROBLEMS: PlanFormProblems = { fields: {}, entitlements: {} };

/**
 * Create or edit a plan; mounted per plan (key) so the form starts from that plan's values. Number inputs
 * never clamp: an out-of-range value is explained under its field rather than silently changed on blur.
 */
function PlanForm({ plan, onClose }: { plan: AdminPlan | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<PlanFormValues>(() => planFormValues(plan ?? undefined));
  const [checks, setChecks] = useState<PlanFormProblems>(NO_PROBLEMS);
  const knownKeys = useQuery(trpc.adminPlans.entitlementKeys.queryOptions()).data?.keys ?? [];
  const onSaved = (saved: AdminPlan) => {
    void queryClient.invalidateQueries(trpc.adminPlans.pathFilter());
    notify(`${saved.name} is saved. Tenants see the change at once.`, {
      title: plan ? "Plan updated" : "Plan created",
    });
    onClose();
  };
  const create = useMutation(trpc.adminPlans.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.adminPlans.update.mutationOptions({ onSuccess: onSaved }));
  const save = plan ? update : create;
  const { byField, formError } = serverFormErrors(save.error, SERVER_FIELD);
  const fieldError = (field: PlanField) => checks.fields[field] ?? byField[field];
  const set = <K extends PlanField>(field: K, value: PlanFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    // A field's complaint goes once it is edited; the next submit checks again.
    setChecks((current) => {
      const { [field]: _edited, ...fields } = current.fields;
      return { ...current, fields };
    });
  };
  const setRows = (rows: EntitlementRow[]) => {
    const before = new Map(values.entitlements.map((row) => [row.rowId, row]));
    setValues((current) => ({ ...current, entitlements: rows }));
    // Only the rows that were edited lose their complaints.
    setChecks((current) => ({
      ...current,
      entitlementList: undefined,
      entitlements: Object.fromEntries(
        Object.entries(current.entitlements).filter(
          ([rowId]) => rows.find((row) => row.rowId === rowId) === before.get(rowId),
        ),
      ),
    }));
  };
  const annual = previewAnnualCents(values);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = planFormProblems(values);
    setChecks(problems);
    if (hasPlanProblems(problems)) return;
    const input = planInput(values);
    if (plan) {
      // The system plan keeps its name: the server refuses any rename of it.
      const { name, ...rest } = input;
      update.mutate({ planId: plan.id, ...rest, ...(plan.isSystem ? {} : { name }) });
    } else {
      create.mutate(input);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {formError ? <ErrorAlert error={formError} title="Could not save the plan" /> : null}
        <TextInput
          label="Name"
          required
          data-autofocus
          maxLength={100}
          value={values.name}
          onChange={(event) => set("name", event.currentTarget.value)}
          error={fieldError("name")}
          disabled={plan?.isSystem}
          description={
            plan?.isSystem ? "The system plan keeps its name; everything else can change." : undefined
          }
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxLength={500}
          value={values.description}
          onChange={(event) => set("description", event.currentTarget.value)}
          error={fieldError("description")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            clampBehavior="none"
            label="Monthly price"
            required
            prefix="$"
            decimalScale={2}
            fixedDecimalScale
            thousandSeparator=","
            min={0}
            allowNegative={false}
            value={values.monthlyPrice}
            onChange={(value) => set("monthlyPrice", value)}
            error={fieldError("monthlyPrice")}
            description="0 makes it a free plan"
          />
          <NumberInput
            clampBehavior="none"
            label="Annual discount"
            suffix="%"
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            value={values.annualDiscountPct}
            onChange={(value) => set("annualDiscountPct", value)}
            error={fieldError("annualDiscountPct")}
            description={
              annual !== null ? `Annual price: ${formatMoney(annual)}` : "Against 12 monthly payments"
            }
          />
          <NumberInput
            clampBehavior="none"
            label="Credits per month"
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            value={values.usageCreditsPerMonth}
            onChange={(value) => set("usageCreditsPerMonth", value)}
            error={fieldError("usageCreditsPerMonth")}
          />
          <Select
            label="Unused credits"
            data={[
              { value: "reset", label: "Reset each period" },
              { value: "accrue", label: "Roll over (accrue)" },
            ]}
            value={values.creditResetPolicy}
            onChange={(value) =>
              value && set("creditResetPolicy", value as PlanFormValues["creditResetPolicy"])
            }
            allowDeselect={false}
            error={fieldError("creditResetPolicy")}
          />
          <NumberInput
            clampBehavior="none"
            label="Bonus credits"
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            value={values.bonusCredits}
            onChange={(value) => set("bonusCredits", value)}
            error={fieldError("bonusCredits")}
            description="Once, with a team's first subscription"
          />
          <NumberInput
            clampBehavior="none"
            label="Member limit"
            min={0}
            allowDecimal={false}
            allowNegative={false}
            value={values.userLimit}
            onChange={(value) => set("userLimit", value)}
            error={fieldError("userLimit")}
            description="0 means unlimited"
          />
        </SimpleGrid>
        <Divider my={4} />
        <EntitlementEditor
          rows={values.entitlements}
          onChange={setRows}
          problems={checks.entitlements}
          listProblem={checks.entitlementList}
          knownKeys={knownKeys}
        />
        <DialogActions
          confirmLabel={plan ? "Save plan" : "Create plan"}
          loading={save.isPending}
          onCancel={onClose}
          mt="xs"
        />
      </Stack>
    </form>
  );
}

export function PlanFormDialog({ opened, plan, onClose }: PlanFormDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={600}>{plan ? `Edit ${plan.name}` : "Create a plan"}</Text>}
      centered
      size="lg"
    >
      {opened && <PlanForm key={plan?.id ?? "new"} plan={plan} onClose={onClose} />}
    </Modal>
  );
}
