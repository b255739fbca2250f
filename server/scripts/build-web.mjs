// `pnpm start`'s first step: builds the web UI unless web/dist is newer than everything it is built from.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const web = join(root, "web");
const NOT_INPUTS = new Set(["dist", "node_modules"]);

/** Newest modification under path; a directory's own time counts, so a deleted file makes it newer. */
function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return stat?.mtimeMs ?? 0;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (!NOT_INPUTS.has(entry)) newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

const built = statSync(join(web, "dist", "index.html"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
const sources = Math.max(newestChange(web), newestChange(join(root, "pnpm-lock.yaml")));
if (built > sources) {
  console.log("web/dist is up to date; skipping the web build");
} else {
  const build = spawnSync("pnpm", ["--filter", "@baseplate/web", "build"], { cwd: root, stdio: "inherit" });
  process.exitCode = build.status ?? 1;
}
