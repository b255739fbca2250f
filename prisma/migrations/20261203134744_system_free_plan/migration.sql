-- The system Free plan exists in every database from the first migration run; tenants without a
-- plan move onto it, and a plan in use can no longer be deleted.
INSERT INTO "Plan" ("id", "name", "description", "userLimit", "isSystem", "createdAt", "updatedAt")
VALUES ('00000000-0000-4000-8000-00000000f4ee', 'Free', 'The plan every team starts on', 0, true, now(), now())
ON CONFLICT ("name") DO UPDATE SET "isSystem" = true;

UPDATE "Tenant" SET "planId" = (SELECT "id" FROM "Plan" WHERE "name" = 'Free') WHERE "planId" IS NULL;

-- DropForeignKey
ALTER TABLE "Tenant" DROP CONSTRAINT "Tenant_planId_fkey";

-- AlterTable
ALTER TABLE "Tenant" ALTER COLUMN "planId" SET NOT NULL,
ALTER COLUMN "planId" SET DEFAULT '00000000-0000-4000-8000-00000000f4ee'::uuid;

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
