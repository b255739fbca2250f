import { router } from "../../trpc/init.js";
import { defineModule } from "../app-module.js";

/** Money across tenants for operators: transactions and financial series (revenue, ARR, DAU, MAU). */
export const adminMoneyModule = defineModule({
  name: "admin-money",
  routers: { adminFinance: router({}) },
});
