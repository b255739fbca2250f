import pg from "pg";

const TEXT_OID = 25;

/**
 * Catalog types that the schema engine's introspection queries return and adapter-pg rejects
 * ("Unsupported column type"). All of them arrive in text format, so reading them as text is exact.
 */
const CATALOG_TYPE_OIDS = new Set([
  18, // "char"
  22, // int2vector
  24, // regproc
  28, // xid
  30, // oidvector
  194, // pg_node_tree
  1033, // aclitem
  2202, // regprocedure
  2203, // regoper
  2204, // regoperator
  2205, // regclass
  2206, // regtype
  3220, // pg_lsn
  3734, // regconfig
  3769, // regdictionary
  4089, // regnamespace
  4096, // regrole
  4191, // regcollation
  5069, // xid8
]);

type RowDescription = { fields: { dataTypeID: number }[] };

/** A pg.Client that reports catalog-typed result columns as text, for the migration engine only. */
export class CatalogTypesAsTextClient extends pg.Client {
  // pg's (untyped) hook that receives each result's column descriptions before rows are parsed.
  _handleRowDescription(message: RowDescription): void {
    for (const field of message.fields) {
      if (CATALOG_TYPE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    const base = pg.Client.prototype as unknown as { _handleRowDescription(message: RowDescription): void };
    base._handleRowDescription.call(this, message);
  }
}
