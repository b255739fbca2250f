import pg from "pg";
import { mkdirSync, writeFileSync, rmSync, cpSync } from "node:fs";
import { migrateDeploy, migrationStatus } from "../src/migrate/index.ts";
const c = new pg.Client("postgres://postgres@127.0.0.1:5432/postgres"); await c.connect();
await c.query("DROP DATABASE IF EXISTS bp_exp2 WITH (FORCE)"); await c.query("CREATE DATABASE bp_exp2");
const url = "postgres://postgres@127.0.0.1:5432/bp_exp2";
const dir = "/tmp/exp2-migrations"; rmSync(dir, { recursive: true, force: true });
cpSync("migrations", dir, { recursive: true });
mkdirSync(`${dir}/20990101000000_fn`);
writeFileSync(`${dir}/20990101000000_fn/migration.sql`, `CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN NEW."updatedAt" = now(); RETURN NEW; END; $$ LANGUAGE plpgsql;\nCREATE TABLE a (id int);`);
mkdirSync(`${dir}/20990102000000_bad`);
writeFileSync(`${dir}/20990102000000_bad/migration.sql`, `CREATE TABLE b (id int);\nSELECT 1/0;`);
try { console.log(await migrateDeploy({ databaseUrl: url, migrationsDir: dir })); } catch (e) { console.log("ERR", (e as Error).name, (e as Error).message.slice(0, 400)); }
console.log(await migrationStatus({ databaseUrl: url, migrationsDir: dir }));
const d = new pg.Client(url); await d.connect();
console.log((await d.query("select migration_name, finished_at, rolled_back_at, applied_steps_count, left(logs, 80) logs from _prisma_migrations")).rows);
console.log((await d.query("select to_regclass('a') a, to_regclass('b') b")).rows);
await d.end();
try { console.log(await migrateDeploy({ databaseUrl: url, migrationsDir: dir })); } catch (e) { console.log("ERR2", (e as Error).message.slice(0, 300)); }
await c.query("DROP DATABASE bp_exp2 WITH (FORCE)"); await c.end();
