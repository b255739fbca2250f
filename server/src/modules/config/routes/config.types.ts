import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { freeText } from "../../../lib/input-fields.js";
import { operationMeta } from "../../../trpc/meta.js";
import { sample } from "../../../trpc/openapi/examples.js";
import { CONFIG_NAME_PATTERN } from "../services/config-rules.js";

const configMeta = operationMeta("admin-config");

const configName = z
  .string("name is required")
  .min(3, "name must be at least 3 characters")
  .max(100, "name must be at most 100 characters")
  .regex(
    CONFIG_NAME_PATTERN,
    "name is dotted lower-case words (letters, digits, _), each starting with a letter, e.g. feature.max_uploads",
  )
  .describe("Config variable name");
const configValue = z
  .string("value is required")
  .max(10_000, "value must be at most 10000 characters")
  .regex(
    /^(?:[^\p{Cc}]|[\t\n\r])*$/u,
    "value must not contain control characters other than line breaks and tabs",
  );
const configOptions = z
  .string()
  .max(2_000, "options must be at most 2000 characters")
  .regex(/^[^\p{Cc}]*$/u, "options must not contain control characters")
  .describe("enum: allowed values; template: allowed placeholders; pipe-separated");

export const configVariableView = z
  .object({
    name: z.string(),
    type: z.enum(["string", "numeric", "enum", "template"]),
    value: z.string(),
    description: z.string(),
    isSystem: z.boolean().describe("Created by the product: only the value can change, it cannot be deleted"),
    options: z.string(),
    updatedAt: z.date(),
  })
  .meta({ id: "ConfigVariable", description: "An operator-editable setting" });

const sampleAppName = {
  name: "app.name",
  type: "string",
  value: "Baseplate",
  description: "Product name shown in the web UI, emails and invoices",
  isSystem: true,
  options: "",
  updatedAt: sample.at,
};
const sampleCustom = {
  name: "feature.max_uploads",
  type: "numeric",
  value: "100",
  description: "Maximum uploads per user",
  isSystem: false,
  options: "",
  updatedAt: sample.at,
};

export const configNameInput = z.object({ name: configName });

export const listConfigInput = z.void();
export const listConfigOutput = z.object({ configs: z.record(z.string(), configVariableView) });
export const listConfigMeta = configMeta(
  "GET",
  "/admin/config",
  "Every config variable, keyed by name (system variables and operators' own)",
  { examples: { response: { configs: { "app.name": sampleAppName } } } },
);

export const getConfigMeta = configMeta("GET", "/admin/config/{name}", "One config variable", {
  errorResponses: { 404: "No config variable of that name" },
  examples: { request: { name: "app.name" }, response: sampleAppName },
});

export const createConfigInput = z.object({
  name: configName,
  type: z.enum(["string", "numeric", "enum", "template"], "type must be string, numeric, enum or template"),
  value: configValue,
  description: freeText(500).default(""),
  options: configOptions.default(""),
});
export const createConfigMeta = configMeta(
  "POST",
  "/admin/config",
  "Create a config variable: string, numeric, enum (pipe-separated options) or template (allowed {placeholders} in options)",
  {
    errorResponses: { 409: "A config variable with this name already exists" },
    examples: {
      request: {
        name: "feature.max_uploads",
        description: "Maximum uploads per user",
        type: "numeric",
        value: "100",
        options: "",
      },
      response: sampleCustom,
    },
  },
);

export const updateConfigInput = z.object({
  name: configName,
  value: configValue,
  description: freeText(500).optional(),
  options: configOptions.optional(),
});
export const updateConfigMeta = configMeta(
  "PUT",
  "/admin/config/{name}",
  "Change a variable's value (and, for operators' own variables, its description or options); every node follows at once",
  {
    errorResponses: {
      404: "No config variable of that name",
      409: "System variables allow value changes only",
    },
    examples: {
      request: { name: "feature.max_uploads", value: "200", description: "Updated description" },
      response: { ...sampleCustom, value: "200", description: "Updated description" },
    },
  },
);

export const deleteConfigOutput = z.object({ message: z.string() });
export const deleteConfigMeta = configMeta(
  "DELETE",
  "/admin/config/{name}",
  "Delete an operator's own config variable (system variables cannot be deleted)",
  {
    errorResponses: { 404: "No config variable of that name", 409: "System variables cannot be deleted" },
    examples: { request: { name: "feature.max_uploads" }, response: { message: "Config variable deleted" } },
  },
);

export const publicSettingsInput = z.void();
export const publicSettingsOutput = z.object({
  appName: z.string().describe("The app.name setting"),
  colorScheme: z.enum(["auto", "light", "dark"]).describe("The ui.color_scheme setting"),
});
export const publicSettingsMeta = {
  openapi: {
    protect: false,
    method: "GET",
    path: "/system/settings",
    tags: ["system"],
    summary: "What the web UI shows before anyone signs in: the product name and colour scheme",
  },
  examples: { response: { appName: "Baseplate", colorScheme: "auto" } },
} satisfies OpenApiMeta;
