import { router } from "../../trpc/init.js";
import { defineModule } from "../app-module.js";

/** System health, integrations, server nodes and Prometheus metrics for operators. */
export const operationsModule = defineModule({
  name: "operations",
  routers: { adminSystem: router({}), adminNodes: router({}) },
});
