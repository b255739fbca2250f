/*
  Warnings:

  - AuditSeverity info/warning become low/high (mapped below).
  - AuditLog keeps the ids of users and tenants that are deleted later (no foreign keys), so its hash chain stays intact.
  - A unique constraint covering the columns `[chainSeq]` on the table `AuditLog` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "ConfigVariableType" AS ENUM ('string', 'numeric', 'enum', 'template');

-- AlterEnum
BEGIN;
CREATE TYPE "AuditSeverity_new" AS ENUM ('critical', 'high', 'medium', 'low', 'debug');
ALTER TABLE "public"."AuditLog" ALTER COLUMN "severity" DROP DEFAULT;
-- Existing entries: info is low, warning is high (security-relevant changes, as the seed's examples rate them).
ALTER TABLE "AuditLog" ALTER COLUMN "severity" TYPE "AuditSeverity_new" USING (
  CASE "severity"::text WHEN 'info' THEN 'low' WHEN 'warning' THEN 'high' ELSE "severity"::text END
)::"AuditSeverity_new";
ALTER TYPE "AuditSeverity" RENAME TO "AuditSeverity_old";
ALTER TYPE "AuditSeverity_new" RENAME TO "AuditSeverity";
DROP TYPE "public"."AuditSeverity_old";
ALTER TABLE "AuditLog" ALTER COLUMN "severity" SET DEFAULT 'low';
COMMIT;

-- DropForeignKey
ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_userId_fkey";

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "chainSeq" BIGINT,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, ((action || ' '::text) || message))) STORED,
ALTER COLUMN "severity" SET DEFAULT 'low';

-- CreateTable
CREATE TABLE "ConfigVariable" (
    "name" TEXT NOT NULL,
    "type" "ConfigVariableType" NOT NULL,
    "value" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "options" TEXT NOT NULL DEFAULT '',
    "isSystem" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConfigVariable_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "ServerNode" (
    "id" UUID NOT NULL,
    "hostname" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,
    "stoppedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ServerNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NodeSample" (
    "id" BIGSERIAL NOT NULL,
    "nodeId" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,
    "cpuPct" DOUBLE PRECISION NOT NULL,
    "memoryMb" DOUBLE PRECISION NOT NULL,
    "requestsPerMin" INTEGER NOT NULL,
    "avgLatencyMs" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "NodeSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationCallCount" (
    "integration" TEXT NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "calls" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IntegrationCallCount_pkey" PRIMARY KEY ("integration","hour")
);

-- CreateTable
CREATE TABLE "UserActivityDay" (
    "userId" UUID NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "UserActivityDay_pkey" PRIMARY KEY ("userId","day")
);

-- CreateIndex
CREATE INDEX "ServerNode_lastSeenAt_idx" ON "ServerNode"("lastSeenAt");

-- CreateIndex
CREATE INDEX "NodeSample_recordedAt_idx" ON "NodeSample"("recordedAt");

-- CreateIndex
CREATE INDEX "NodeSample_nodeId_recordedAt_idx" ON "NodeSample"("nodeId", "recordedAt");

-- CreateIndex
CREATE INDEX "UserActivityDay_day_idx" ON "UserActivityDay"("day");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_chainSeq_key" ON "AuditLog"("chainSeq");

-- CreateIndex
CREATE INDEX "AuditLog_severity_createdAt_idx" ON "AuditLog"("severity", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_search_idx" ON "AuditLog" USING GIN ("search");

-- AddForeignKey
ALTER TABLE "NodeSample" ADD CONSTRAINT "NodeSample_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "ServerNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
