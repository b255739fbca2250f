import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";

export const reportClientErrorInput = z.object({
  message: z.string().trim().min(1).max(2000),
  url: z.url().max(2000),
  stack: z.string().max(10_000).optional(),
  component: z.string().max(200).optional(),
});

export const reportClientErrorOutput = z.object({ received: z.literal(true) });

export const reportClientErrorMeta = {
  openapi: {
    protect: false,
    method: "POST",
    path: "/system/client-errors",
    tags: ["system"],
    summary: "Report an error seen by a client (the web UI), written to the server log",
    successDescription: "The report was logged",
    errorResponses: { 429: "Too many error reports from this network" },
  },
  examples: {
    request: {
      message: "TypeError: Cannot read properties of undefined",
      url: "https://app.example.com/app/team",
      component: "TeamPage",
    },
    response: { received: true },
  },
} satisfies OpenApiMeta;
