/**
 * Sample values shared by the operation examples in the route `.types.ts` files, so one user,
 * tenant and token reads the same across the document (shapes from the seed API docs).
 */
export const sample = {
  userId: "3f8e6a52-7c1d-4e0b-9a4f-2d6b8c1e5a70",
  otherUserId: "8b2d4f61-0e3a-4c7b-b5d9-6a1f2e3c4d5b",
  tenantId: "0d9c3b7a-5e2f-4a18-8c6d-1b4e7f2a9c30",
  otherTenantId: "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
  invitationId: "6c1a9e4b-2d7f-4b3a-9e5c-8f0d1a2b3c4d",
  apiKeyId: "a4e7c2d9-1b6f-4e8a-b3c5-7d9e0f1a2b3c",
  messageId: "c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
  sessionId: "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
  at: "2026-01-15T09:30:00.000Z",
  later: "2026-01-22T09:30:00.000Z",
  accessToken: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzZjhlNmE1MiJ9.c2lnbmF0dXJl",
  refreshToken: "rt_9mQ2vX7kLp4sT8wZ1nB6cR3yH5jD0fGa",
  emailToken: "verification-token-from-email",
  invitationToken: "invitation-token-from-email-0123456789",
  password: "secureP@ss1",
  cursor: "WzAsIjIwMjYtMDEtMTVUMDk6MzA6MDAuMDAwWiIsIjNmOGU2YTUyIl0",
} as const;

export const sampleUser = {
  id: sample.userId,
  email: "user@example.com",
  displayName: "Jane Doe",
  emailVerified: true,
  isActive: true,
  authMethods: [{ provider: "password" }],
  createdAt: sample.at,
  updatedAt: sample.at,
  lastLoginAt: sample.at,
};

export const sampleMembership = {
  tenantId: sample.tenantId,
  tenantName: "Jane's Team",
  tenantSlug: "janes-team",
  role: "owner",
  isRoot: false,
};

export const sampleAuthResult = {
  accessToken: sample.accessToken,
  refreshToken: sample.refreshToken,
  user: sampleUser,
  memberships: [sampleMembership],
};
