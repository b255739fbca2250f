import type { ConfigVariableType } from "@baseplate/db";
import { AppError } from "../../../lib/errors.js";
import { systemVariable } from "./system-variables.js";

export const CONFIG_NAME_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;
const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

export interface ConfigShape {
  name: string;
  type: ConfigVariableType;
  value: string;
  options: string;
}

function invalid(field: string, message: string): AppError {
  return new AppError("VALIDATION_FAILED", `Invalid input: ${field}: ${message}`, {
    details: [{ field, message }],
  });
}

/** `a|b|c` → ["a", "b", "c"]; empty entries and duplicates are refused by `checkOptions`. */
export function splitOptions(options: string): string[] {
  return options === "" ? [] : options.split("|").map((option) => option.trim());
}

function checkOptions(variable: ConfigShape): void {
  const options = splitOptions(variable.options);
  if (variable.type === "string" || variable.type === "numeric") {
    if (options.length > 0) throw invalid("options", `${variable.type} variables take no options`);
    return;
  }
  const what = variable.type === "enum" ? "values" : "placeholders";
  if (options.length === 0) throw invalid("options", `list the allowed ${what}, separated by |`);
  if (options.some((option) => option === ""))
    throw invalid("options", `an allowed ${what.slice(0, -1)} is empty`);
  if (new Set(options).size !== options.length) throw invalid("options", `the allowed ${what} repeat`);
  if (variable.type === "template" && options.some((option) => !/^[a-z][a-z0-9_]*$/.test(option))) {
    throw invalid("options", "placeholders are lower-case words (letters, digits, _)");
  }
}

function checkTemplate(value: string, allowed: string[]): void {
  const unbalanced = value.replace(PLACEHOLDER_PATTERN, "");
  if (unbalanced.includes("{") || unbalanced.includes("}")) {
    throw invalid("value", "has an unbalanced { or }");
  }
  for (const [, placeholder] of value.matchAll(PLACEHOLDER_PATTERN)) {
    if (!allowed.includes(placeholder ?? "")) {
      throw invalid(
        "value",
        `unknown placeholder {${placeholder}}; allowed: ${allowed.map((p) => `{${p}}`).join(", ")}`,
      );
    }
  }
}

/** Whether a variable (as it would be saved) is coherent: its value fits its type and options. */
export function checkVariable(variable: ConfigShape): void {
  checkOptions(variable);
  const { value } = variable;
  switch (variable.type) {
    case "numeric": {
      if (!NUMBER_PATTERN.test(value)) throw invalid("value", "must be a number, e.g. 100 or 2.5");
      const bounds = systemVariable(variable.name);
      const number = Number(value);
      if (bounds?.min !== undefined && number < bounds.min)
        throw invalid("value", `must be at least ${bounds.min}`);
      if (bounds?.max !== undefined && number > bounds.max)
        throw invalid("value", `must be at most ${bounds.max}`);
      return;
    }
    case "enum": {
      const options = splitOptions(variable.options);
      if (!options.includes(value)) throw invalid("value", `must be one of ${options.join(", ")}`);
      return;
    }
    case "template":
      checkTemplate(value, splitOptions(variable.options));
      return;
    case "string":
      if (systemVariable(variable.name) && value.trim() === "") throw invalid("value", "must not be empty");
      return;
  }
}

/** Fills `{placeholder}`s of a template variable. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER_PATTERN, (whole, name: string) => values[name] ?? whole);
}
