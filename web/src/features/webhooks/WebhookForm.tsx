import { Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { DialogActions } from "../../components/DialogActions";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formErrors } from "../../lib/errors";
import { EventPicker } from "./EventPicker";
import {
  WEBHOOK_FIELDS,
  type WebhookField,
  type WebhookFormValues,
  webhookFormProblems,
} from "./webhook-form";

interface WebhookFormProps {
  initial: WebhookFormValues;
  submitLabel: string;
  errorTitle: string;
  pending: boolean;
  /** The server's refusal of the last submit. */
  error: unknown;
  onSubmit: (values: WebhookFormValues) => void;
  onCancel: () => void;
}

/** Name, description, URL and events: the same form creates and edits a webhook. */
export function WebhookForm({
  initial,
  submitLabel,
  errorTitle,
  pending,
  error,
  onSubmit,
  onCancel,
}: WebhookFormProps) {
  const [values, setValues] = useState(initial);
  const [checks, setChecks] = useState<Partial<Record<WebhookField, string>>>({});
  const { byField, formError } = formErrors(error, WEBHOOK_FIELDS);
  const problem = (field: WebhookField) => checks[field] ?? byField[field];
  const set = <K extends WebhookField>(field: K, value: WebhookFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    // A field's complaint goes once it is edited; the next submit checks again.
    setChecks(({ [field]: _edited, ...rest }) => rest);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = webhookFormProblems(values);
    setChecks(found);
    if (Object.keys(found).length === 0) onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {formError ? <ErrorAlert error={formError} title={errorTitle} /> : null}
        <TextInput
          label="Name"
          placeholder="Provisioning"
          required
          data-autofocus
          maxLength={100}
          value={values.name}
          onChange={(event) => set("name", event.currentTarget.value)}
          error={problem("name")}
        />
        <Textarea
          label="Description"
          placeholder="What the receiving server does with these events"
          autosize
          minRows={2}
          maxLength={500}
          value={values.description}
          onChange={(event) => set("description", event.currentTarget.value)}
          error={problem("description")}
        />
        <TextInput
          label="URL"
          placeholder="https://example.com/webhooks"
          required
          type="url"
          inputMode="url"
          maxLength={2048}
          value={values.url}
          onChange={(event) => set("url", event.currentTarget.value)}
          error={problem("url")}
          description="Events are POSTed here as JSON, signed with the webhook's secret."
        />
        <EventPicker
          value={values.events}
          onChange={(events) => set("events", events)}
          error={problem("events")}
        />
        <DialogActions confirmLabel={submitLabel} loading={pending} onCancel={onCancel} mt="xs" />
      </Stack>
    </form>
  );
}
