import { z } from "zod";
import { freeText } from "../../../../lib/input-fields.js";
import { ALTERNATE_VALUE_FIELD, ENTITLEMENT_TYPES, VALUE_KIND } from "../services/entitlements.js";

export const MAX_ENTITLEMENTS = 50;
const ENTITLEMENT_KEY = /^[a-z][a-z0-9_]{0,63}$/;
const ALTERNATES = Object.values(ALTERNATE_VALUE_FIELD);

const entitlementValue = z.union([z.boolean(), z.number(), z.string().max(1000)]);

/**
 * `{ type, value, description }`, or the seed API's `{ type, boolValue | numericValue | stringValue,
 * description }`; the value must match the type. Stored and returned as `{ type, value, description }`.
 */
const entitlementInput = z
  .object({
    type: z.enum(ENTITLEMENT_TYPES),
    value: entitlementValue.optional(),
    boolValue: z.boolean().optional(),
    numericValue: z.number().optional(),
    stringValue: z.string().max(1000).optional(),
    description: freeText(200).optional(),
  })
  .superRefine((entry, ctx) => {
    const expected = ALTERNATE_VALUE_FIELD[entry.type];
    for (const field of ALTERNATES) {
      if (entry[field] === undefined) continue;
      if (field !== expected) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `${field} does not go with type ${entry.type}`,
        });
      } else if (entry.value !== undefined) {
        ctx.addIssue({ code: "custom", path: [field], message: `Give either value or ${field}, not both` });
      }
    }
    const value = entry.value ?? entry[expected];
    const kind = VALUE_KIND[entry.type];
    if (value === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `A ${kind} value is required for type ${entry.type}`,
      });
    } else if (typeof value !== kind) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `Must be a ${kind} for type ${entry.type}` });
    }
  });

export const entitlementsInput = z
  .record(
    z
      .string()
      .regex(
        ENTITLEMENT_KEY,
        "Entitlement keys are lower-case snake_case (a-z, 0-9, _), at most 64 characters",
      ),
    entitlementInput,
  )
  .refine((entitlements) => Object.keys(entitlements).length <= MAX_ENTITLEMENTS, {
    message: `At most ${MAX_ENTITLEMENTS} entitlements per plan`,
  })
  .describe("Feature flags and limits of the plan, by key; replaces the whole set when given");

export const entitlementView = z.object({
  type: z.enum(ENTITLEMENT_TYPES),
  value: z.union([z.boolean(), z.number(), z.string()]),
  description: z.string(),
});
