import type { OpenAPIObject } from "trpc-to-openapi";

/** OpenAPI paths of hand-written Express routes (redirects, raw bodies, binary responses). */
export type HandWrittenPaths = NonNullable<OpenAPIObject["paths"]>;

/** An `{error, code}` response; the document rewrites its content to the shared error schemas. */
export const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
