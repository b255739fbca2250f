import { APP_MODULES, type ModuleRouters } from "../modules/index.js";
import { router } from "./init.js";

/** The root router: every module's namespaces (see modules/index.ts). */
const namespaces = Object.assign({}, ...APP_MODULES.map((module) => module.routers ?? {}));
export const appRouter = router(namespaces as ModuleRouters);

export type AppRouter = typeof appRouter;
