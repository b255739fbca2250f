/** What a fake procedure answers: data, or a tRPC error as the server formats it. */
export type FakeAnswer =
  | { data: unknown }
  | { error: { message: string; appCode: string; httpStatus: number } };

/**
 * A `fetch` that answers tRPC batch GETs (`/trpc/a.b,c.d?batch=1`) from `answer(procedure, call)`,
 * where `call` counts that procedure's calls from 1. Records every procedure called in `calls`.
 */
export function fakeTrpcFetch(answer: (procedure: string, call: number) => FakeAnswer) {
  const counts = new Map<string, number>();
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const procedures = decodeURIComponent(url.pathname.replace(/^\/trpc\//, "")).split(",");
    const body = procedures.map((procedure) => {
      const call = (counts.get(procedure) ?? 0) + 1;
      counts.set(procedure, call);
      calls.push(procedure);
      const result = answer(procedure, call);
      if ("data" in result) return { result: { data: result.data } };
      const { message, appCode, httpStatus } = result.error;
      return {
        error: { message, code: -32603, data: { appCode, httpStatus, details: null, path: procedure } },
      };
    });
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}
