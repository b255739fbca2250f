-- DropIndex
DROP INDEX "Membership_tenantId_idx";

-- CreateIndex
CREATE INDEX "Invitation_tenantId_createdAt_idx" ON "Invitation"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Membership_tenantId_createdAt_userId_idx" ON "Membership"("tenantId", "createdAt", "userId");
