import { readdirSync, readFileSync } from "node:fs";

export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  args: string;
}

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may itself contain spaces.
    const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
    if (state === "Z" || args === "") return null; // exited, not yet reaped; or a kernel thread
    return { pid, ppid: Number(ppid), pgid: Number(pgid), args };
  } catch {
    return null; // exited while we looked
  }
}

/** Every live process on the machine, like `ps -eo pid,ppid,pgid,args`. */
export function processTable(): ProcessInfo[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readProcess(Number(entry)))
    .filter((info): info is ProcessInfo => info !== null);
}

/**
 * The processes that belong to a run: `root` and its descendants, anything in their process groups,
 * and anything whose command line mentions one of `marks` (a data directory, a port) — PostgreSQL
 * runs in a session of its own, re-parented away from the process that started it.
 */
export function processesOf(root: number, marks: string[]): ProcessInfo[] {
  const table = processTable();
  const members = new Map<number, ProcessInfo>();
  const groups = new Set<number>();
  for (const info of table) {
    if (info.pid === root || marks.some((mark) => info.args.includes(mark))) members.set(info.pid, info);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const info of table) {
      if (members.has(info.pid)) continue;
      if (members.has(info.ppid) || groups.has(info.pgid)) {
        members.set(info.pid, info);
        grew = true;
      }
    }
    for (const member of members.values()) {
      if (member.pgid > 1 && !groups.has(member.pgid) && member.pid === member.pgid) groups.add(member.pgid);
    }
  }
  return [...members.values()].filter((info) => info.pid !== process.pid);
}

/** Polls until none of `processes` (and nothing new matching root/marks) is alive; returns what is left. */
export async function waitUntilGone(
  root: number,
  marks: string[],
  seen: ProcessInfo[],
  timeoutMs: number,
): Promise<ProcessInfo[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = new Map(processTable().map((info) => [info.pid, info]));
    const left = [
      ...seen.filter((info) => current.get(info.pid)?.args === info.args),
      ...processesOf(root, marks).filter((info) => !seen.some((old) => old.pid === info.pid)),
    ];
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
