import type { RequestOrigin } from "../../../../lib/request-origin.js";

/** The platform administrator changing the catalog, as audit entries record them. */
export interface CatalogActor {
  userId: string;
  rootTenantId: string;
  origin: RequestOrigin;
}
