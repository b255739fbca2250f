import { router } from "../../trpc/init.js";
import { defineModule } from "../app-module.js";

/** Operators manage every tenant and user: status, plans, roles, deletion. */
export const adminPeopleModule = defineModule({
  name: "admin-people",
  routers: { adminTenants: router({}), adminUsers: router({}) },
});
