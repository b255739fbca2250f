import { Prisma } from "@baseplate/db";

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

/** A unique index refused the write (the race-proof duplicate check). */
export const isUniqueViolation = (error: unknown) => hasCode(error, "P2002");

/** A RESTRICT foreign key refused the delete: something still points at the row. */
export const isForeignKeyViolation = (error: unknown) => hasCode(error, "P2003");
