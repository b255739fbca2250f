import type { DbClient } from "@baseplate/db";
import type { Env } from "../../../lib/env.js";
import { SYSTEM_VARIABLES, type SystemVariableName, systemVariable } from "./system-variables.js";

/** Channel a committed change is announced on; every node reloads when it hears it. */
export const CONFIG_CHANNEL = "config_changed";

/**
 * This node's copy of the config variables: read synchronously by services (mail, billing, UI
 * settings), reloaded when a change is announced and on a timer, so every node follows a change
 * without a restart.
 */
export class ConfigStore {
  private values = new Map<string, string>();

  constructor(
    private readonly db: DbClient,
    private readonly env: Env,
  ) {}

  /** Creates the system variables that are missing (their initial values), then loads everything. */
  async start(): Promise<void> {
    await this.db.configVariable.createMany({
      data: SYSTEM_VARIABLES.map((variable) => ({
        name: variable.name,
        type: variable.type,
        value: variable.initial(this.env),
        description: variable.description,
        options: "options" in variable ? variable.options : "",
        isSystem: true,
      })),
      skipDuplicates: true,
    });
    await this.reload();
  }

  async reload(): Promise<void> {
    const rows = await this.db.configVariable.findMany({ select: { name: true, value: true } });
    this.values = new Map(rows.map((row) => [row.name, row.value]));
  }

  /** A variable's value; a system variable not loaded yet reads as its initial value. */
  get(name: string): string | undefined {
    return this.values.get(name) ?? systemVariable(name)?.initial(this.env);
  }

  text(name: SystemVariableName): string {
    return this.get(name) ?? "";
  }

  number(name: SystemVariableName): number {
    return Number(this.get(name));
  }

  appName(): string {
    return this.text("app.name");
  }
}
