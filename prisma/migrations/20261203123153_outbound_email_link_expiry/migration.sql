-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN     "linkExpiresAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "OutboundEmail_linkExpiresAt_idx" ON "OutboundEmail"("linkExpiresAt");
