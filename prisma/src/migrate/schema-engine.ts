import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine };

// @types/node 20 has no WebAssembly typings (only lib "DOM" brings them); this is all we use.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let loading: Promise<typeof bindings> | undefined;

/** The engine reports a Rust panic's message here before it traps; without it the message is lost. */
const panicRegistry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
panicRegistry.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message) {
    console.error(`Prisma schema engine panicked: ${message}`);
  },
};

/** Instantiates Prisma's schema engine (WebAssembly) once per process. */
function loadBindings(): Promise<typeof bindings> {
  loading ??= (async () => {
    // The package's exports map hides the .wasm file; it sits next to the exported glue module.
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = gluePath.replace(/\.js$/, ".wasm");
    const imports: Record<string, unknown> = { ...bindings };
    for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      // The engine's internal timers (lock and connect timeouts) would otherwise keep the process alive ~10 s.
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": imports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return loading;
}

export async function openSchemaEngine(
  schemaPath: string,
  schemaText: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadBindings();
  const logEngine = process.env.BASEPLATE_MIGRATE_DEBUG ? (line: string) => console.error(line) : () => {};
  return SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    logEngine,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
