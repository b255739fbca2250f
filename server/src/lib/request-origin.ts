/** Who made a request, as recorded on sessions and audit entries. */
export interface RequestOrigin {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}
