-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN     "leaseUntil" TIMESTAMPTZ(3);
