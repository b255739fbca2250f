/** Response bodies in tests are asserted field by field, so they are typed loosely once, here. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions walk arbitrary JSON.
export type Json = any;

export function json(response: Response): Promise<Json> {
  return response.json() as Promise<Json>;
}
