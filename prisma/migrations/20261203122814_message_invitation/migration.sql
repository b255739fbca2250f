-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "invitationId" UUID;

-- CreateIndex
CREATE INDEX "Message_invitationId_idx" ON "Message"("invitationId");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
