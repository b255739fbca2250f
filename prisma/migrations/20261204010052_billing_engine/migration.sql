-- The billing engine: a seller (the platform app, created here), its catalog, customers with two
-- credit buckets, subscription snapshots, the credit ledger, transactions with gap-free invoice
-- numbers, and every Stripe event received.
-- CreateEnum
CREATE TYPE "CreditResetPolicy" AS ENUM ('reset', 'accrue');

-- CreateEnum
CREATE TYPE "CreditEntryKind" AS ENUM ('period_grant', 'bonus', 'purchase', 'spend', 'refund_clawback', 'subscription_ended', 'admin_adjustment');

-- CreateEnum
CREATE TYPE "TransactionType" AS ENUM ('subscription', 'purchase', 'refund');

-- DropIndex
DROP INDEX "Plan_name_key";

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "annualDiscountPct" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "appId" UUID NOT NULL DEFAULT '00000000-0000-4000-8000-0000000a9901'::uuid,
ADD COLUMN     "bonusCredits" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "creditResetPolicy" "CreditResetPolicy" NOT NULL DEFAULT 'reset',
ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'usd',
ADD COLUMN     "entitlements" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "monthlyPriceCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "usageCreditsPerMonth" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "BillingApp" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "isPlatform" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BillingApp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditBundle" (
    "id" UUID NOT NULL,
    "appId" UUID NOT NULL DEFAULT '00000000-0000-4000-8000-0000000a9901'::uuid,
    "name" TEXT NOT NULL,
    "credits" INTEGER NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CreditBundle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeLink" (
    "key" TEXT NOT NULL,
    "stripeId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeLink_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "BillingCustomer" (
    "id" UUID NOT NULL,
    "appId" UUID NOT NULL,
    "tenantId" UUID,
    "stripeCustomerId" TEXT,
    "billingWaived" BOOLEAN NOT NULL DEFAULT false,
    "subscriptionCredits" INTEGER NOT NULL DEFAULT 0,
    "purchasedCredits" INTEGER NOT NULL DEFAULT 0,
    "syncLeaseUntil" TIMESTAMPTZ(3),
    "syncRequested" BOOLEAN NOT NULL DEFAULT false,
    "lastSyncedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BillingCustomer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "planId" UUID,
    "stripeSubscriptionId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "interval" TEXT NOT NULL,
    "currentPeriodStart" TIMESTAMPTZ(3) NOT NULL,
    "currentPeriodEnd" TIMESTAMPTZ(3) NOT NULL,
    "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
    "canceledAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "pastDueSince" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditLedgerEntry" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "kind" "CreditEntryKind" NOT NULL,
    "causeId" TEXT NOT NULL,
    "subscriptionDelta" INTEGER NOT NULL DEFAULT 0,
    "purchasedDelta" INTEGER NOT NULL DEFAULT 0,
    "subscriptionBalance" INTEGER NOT NULL,
    "purchasedBalance" INTEGER NOT NULL,
    "shortfall" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditLedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingTransaction" (
    "id" UUID NOT NULL,
    "appId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "tenantId" UUID,
    "type" "TransactionType" NOT NULL,
    "description" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "invoiceNumber" TEXT,
    "planId" UUID,
    "planName" TEXT,
    "bundleId" UUID,
    "bundleName" TEXT,
    "sourceKey" TEXT NOT NULL,
    "stripeInvoiceId" TEXT,
    "stripePaymentIntentId" TEXT,
    "stripeChargeId" TEXT,
    "periodStart" TIMESTAMPTZ(3),
    "periodEnd" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BillingTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceSequence" (
    "appId" UUID NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceSequence_pkey" PRIMARY KEY ("appId")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "account" TEXT NOT NULL DEFAULT 'platform',
    "type" TEXT NOT NULL,
    "livemode" BOOLEAN NOT NULL,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),
    "outcome" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- The platform app: sells the operator's plans and bundles to tenants. Existing plans (Free) are its.
INSERT INTO "BillingApp" ("id", "name", "isPlatform") VALUES ('00000000-0000-4000-8000-0000000a9901', 'Platform', true);
INSERT INTO "InvoiceSequence" ("appId", "lastNumber") VALUES ('00000000-0000-4000-8000-0000000a9901', 0);

-- Money and credits are never negative; a discount is a percentage.
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_amounts_check" CHECK (
  "monthlyPriceCents" >= 0 AND "annualDiscountPct" BETWEEN 0 AND 100 AND "usageCreditsPerMonth" >= 0
  AND "bonusCredits" >= 0 AND "userLimit" >= 0
);
ALTER TABLE "CreditBundle" ADD CONSTRAINT "CreditBundle_amounts_check" CHECK ("credits" > 0 AND "priceCents" > 0);
ALTER TABLE "BillingCustomer" ADD CONSTRAINT "BillingCustomer_credits_check" CHECK (
  "subscriptionCredits" >= 0 AND "purchasedCredits" >= 0
);
ALTER TABLE "CreditLedgerEntry" ADD CONSTRAINT "CreditLedgerEntry_balances_check" CHECK (
  "subscriptionBalance" >= 0 AND "purchasedBalance" >= 0 AND "shortfall" >= 0
);

-- CreateIndex
CREATE INDEX "CreditBundle_appId_sortOrder_idx" ON "CreditBundle"("appId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "CreditBundle_appId_name_key" ON "CreditBundle"("appId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "BillingCustomer_stripeCustomerId_key" ON "BillingCustomer"("stripeCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingCustomer_appId_tenantId_key" ON "BillingCustomer"("appId", "tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_stripeSubscriptionId_key" ON "Subscription"("stripeSubscriptionId");

-- CreateIndex
CREATE INDEX "Subscription_customerId_idx" ON "Subscription"("customerId");

-- CreateIndex
CREATE INDEX "Subscription_planId_idx" ON "Subscription"("planId");

-- CreateIndex
CREATE INDEX "CreditLedgerEntry_customerId_createdAt_id_idx" ON "CreditLedgerEntry"("customerId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CreditLedgerEntry_customerId_kind_causeId_key" ON "CreditLedgerEntry"("customerId", "kind", "causeId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingTransaction_sourceKey_key" ON "BillingTransaction"("sourceKey");

-- CreateIndex
CREATE INDEX "BillingTransaction_customerId_createdAt_id_idx" ON "BillingTransaction"("customerId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "BillingTransaction_appId_createdAt_id_idx" ON "BillingTransaction"("appId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "BillingTransaction_stripeChargeId_idx" ON "BillingTransaction"("stripeChargeId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingTransaction_appId_invoiceNumber_key" ON "BillingTransaction"("appId", "invoiceNumber");

-- CreateIndex
CREATE INDEX "StripeEvent_processedAt_receivedAt_idx" ON "StripeEvent"("processedAt", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_appId_name_key" ON "Plan"("appId", "name");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_appId_fkey" FOREIGN KEY ("appId") REFERENCES "BillingApp"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditBundle" ADD CONSTRAINT "CreditBundle_appId_fkey" FOREIGN KEY ("appId") REFERENCES "BillingApp"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingCustomer" ADD CONSTRAINT "BillingCustomer_appId_fkey" FOREIGN KEY ("appId") REFERENCES "BillingApp"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingCustomer" ADD CONSTRAINT "BillingCustomer_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "BillingCustomer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditLedgerEntry" ADD CONSTRAINT "CreditLedgerEntry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "BillingCustomer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingTransaction" ADD CONSTRAINT "BillingTransaction_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "BillingCustomer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceSequence" ADD CONSTRAINT "InvoiceSequence_appId_fkey" FOREIGN KEY ("appId") REFERENCES "BillingApp"("id") ON DELETE CASCADE ON UPDATE CASCADE;
