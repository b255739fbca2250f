import { z } from "zod";
import { AppError } from "./errors.js";

/**
 * Cursor pagination for lists. The whole input may be omitted (first page, 50 items). Over REST
 * the query string carries strings, hence the coercion of `limit`.
 */
export const pageInput = z
  .object({
    cursor: z.string().min(1, "cursor must not be empty").max(512, "cursor is too long").optional(),
    limit: z.coerce
      .number("limit must be a number")
      .int("limit must be a whole number")
      .min(1, "limit must be at least 1")
      .max(100, "limit must be at most 100")
      .optional(),
  })
  .optional();

export type PageInput = z.infer<typeof pageInput>;

export const nextCursorOutput = z
  .string()
  .nullable()
  .describe("Pass as `cursor` for the next page; null on the last page");

export const DEFAULT_PAGE_SIZE = 50;

/** The position after an item: its sort time and id (the tiebreaker). */
export interface Keyset {
  at: Date;
  id: string;
}

/**
 * One run of a list in its own keyset order: rows after `after` (or from the start), at most `take`.
 * A list shown in several runs one after another (active keys, then revoked ones) has one per run.
 */
export type PageSource<T> = (after: Keyset | null, take: number) => Promise<T[]>;

const cursorShape = z.tuple([z.number().int().min(0), z.iso.datetime(), z.uuid()]);

function encodeCursor(group: number, key: Keyset): string {
  return Buffer.from(JSON.stringify([group, key.at.toISOString(), key.id])).toString("base64url");
}

function invalidCursor() {
  const message = "cursor is invalid; pass a nextCursor from a list";
  return new AppError("VALIDATION_FAILED", `Invalid input: cursor: ${message}`, {
    details: [{ field: "cursor", message }],
  });
}

function decodeCursor(cursor: string, groups: number): { group: number; key: Keyset } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  const result = cursorShape.safeParse(parsed);
  if (!result.success || result.data[0] >= groups) throw invalidCursor();
  const [group, at, id] = result.data;
  return { group, key: { at: new Date(at), id } };
}

/**
 * Reads one page across `sources` (shown in that order), fetching one row more than the page to
 * know whether another page follows. The cursor is opaque to clients: base64url of the run index
 * and the last item's key.
 */
export async function readPage<T>(
  input: PageInput,
  sources: PageSource<T>[],
  keyOf: (row: T) => Keyset,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const limit = input?.limit ?? DEFAULT_PAGE_SIZE;
  const start = input?.cursor ? decodeCursor(input.cursor, sources.length) : null;
  const rows: { row: T; group: number }[] = [];
  for (let group = start?.group ?? 0; group < sources.length && rows.length <= limit; group += 1) {
    const after = group === start?.group ? start.key : null;
    const source = sources[group] as PageSource<T>;
    for (const row of await source(after, limit + 1 - rows.length)) rows.push({ row, group });
  }
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row }) => row),
    nextCursor: rows.length > limit && last ? encodeCursor(last.group, keyOf(last.row)) : null,
  };
}

/** Prisma `where` for "after `key`" in (createdAt desc, id desc) order. */
export function newestFirstAfter(key: Keyset | null) {
  return key ? { OR: [{ createdAt: { lt: key.at } }, { createdAt: key.at, id: { lt: key.id } }] } : {};
}

export const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/**
 * Page-number pagination (the seed's admin lists: `page` from 1, `perPage` 1–100, with a total).
 * Over REST the query string carries strings, hence the coercion.
 */
export function pageNumberFields(defaultPerPage: number) {
  return {
    page: z.coerce
      .number("page must be a number")
      .int("page must be a whole number")
      .min(1, "page must be at least 1")
      .max(1_000_000, "page must be at most 1000000")
      .optional()
      .describe("Page number (default 1)"),
    perPage: z.coerce
      .number("perPage must be a number")
      .int("perPage must be a whole number")
      .min(1, "perPage must be at least 1")
      .max(100, "perPage must be at most 100")
      .optional()
      .describe(`Items per page, 1-100 (default ${defaultPerPage})`),
  };
}

/** The rows to skip and take for a page, with the numbers echoed in the answer. */
export function pageWindow(input: { page?: number; perPage?: number } | undefined, defaultPerPage: number) {
  const page = input?.page ?? 1;
  const perPage = input?.perPage ?? defaultPerPage;
  return { page, perPage, skip: (page - 1) * perPage, take: perPage };
}
