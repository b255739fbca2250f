import { Alert, Button, Card, Group, Loader, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconClockHour4 } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useTRPC } from "../../lib/trpc";
import { BillingHeader } from "./BillingHeader";
import { CHECKOUT_GIVE_UP_MS, checkoutPhase, isCheckoutSessionId, nextPoll } from "./checkout-phase";
import { formatCredits } from "./money";
import { useBillingOverview, useReloadBilling } from "./queries";
import type { CheckoutResult } from "./types";

function BackLinks({ kind }: { kind: CheckoutResult["kind"] | undefined }) {
  return (
    <Group gap="sm">
      <Button component={Link} to="/app/billing">
        Go to billing
      </Button>
      <Button
        component={Link}
        to={kind === "bundle" ? "/app/billing/bundles" : "/app/billing/plans"}
        variant="default"
      >
        {kind === "bundle" ? "Back to bundles" : "Back to plans"}
      </Button>
    </Group>
  );
}

function Outcome({
  icon,
  color,
  title,
  children,
}: {
  icon: ReactNode;
  color: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="xl" data-testid="checkout-outcome">
      <Stack align="center" ta="center" gap="md">
        <ThemeIcon size={56} radius="xl" variant="light" color={color} aria-hidden>
          {icon}
        </ThemeIcon>
        <Text component="h2" fw={700} fz="xl" m={0} data-testid="checkout-outcome-title">
          {title}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}

/** The paid checkout is applied: name the plan or the credits, and the balance now. */
function Completed({ result }: { result: CheckoutResult }) {
  const trpc = useTRPC();
  const overview = useBillingOverview();
  const bundles = useQuery(
    trpc.billing.bundles.queryOptions(undefined, { enabled: result.kind === "bundle" }),
  );
  const data = overview.data;
  const total = data ? data.tenantSubscriptionCredits + data.tenantPurchasedCredits : null;
  const planName = data?.plans.find((plan) => plan.id === result.planId)?.name;
  const bundle = bundles.data?.bundles.find((b) => b.id === result.bundleId);
  const title =
    result.kind === "plan"
      ? planName
        ? `You're on ${planName}`
        : "Your subscription is active"
      : bundle
        ? `${formatCredits(bundle.credits)} added`
        : "Credits added";
  return (
    <Outcome icon={<IconCircleCheck size={32} />} color="teal" title={title}>
      <Text c="dimmed" maw={440}>
        {result.kind === "plan"
          ? "Thank you! The subscription is active and its credits are ready to use. The invoice is in your payment history."
          : "Thank you! The credits are ready to use and never expire. The invoice is in your payment history."}
      </Text>
      {total !== null && (
        <Text size="sm" data-testid="checkout-credits">
          Credit balance: <strong>{formatCredits(total)}</strong>
        </Text>
      )}
      <Group gap="sm" justify="center">
        <Button component={Link} to="/app/billing">
          Go to billing
        </Button>
        <Button
          component={Link}
          to={result.kind === "bundle" ? "/app/billing/credits" : "/app/billing/history"}
          variant="default"
        >
          {result.kind === "bundle" ? "View credits" : "View invoices"}
        </Button>
      </Group>
    </Outcome>
  );
}

/**
 * /app/billing/return?session_id=cs_…: where Stripe sends the buyer after paying. Asks the server every
 * second (which syncs from Stripe) until the checkout is complete; gives up after 30 s and explains.
 */
export function CheckoutReturnPage() {
  const trpc = useTRPC();
  const reload = useReloadBilling();
  const sessionId = useSearchParams()[0].get("session_id");
  const valid = isCheckoutSessionId(sessionId);
  const [gaveUp, setGaveUp] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const result = useQuery(
    trpc.billing.checkoutResult.queryOptions(
      { sessionId: sessionId ?? "" },
      {
        enabled: valid,
        retry: false,
        staleTime: 0,
        refetchInterval: (query) => nextPoll(query.state.data, query.state.error, gaveUp),
      },
    ),
  );
  const phase = checkoutPhase(result.data, result.error, gaveUp);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each "Check again" (attempt) restarts the wait
  useEffect(() => {
    const timer = setTimeout(() => setGaveUp(true), CHECKOUT_GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [attempt]);

  // Once: the plan, credits and history everywhere else change with this checkout.
  const reloaded = useRef(false);
  useEffect(() => {
    if (phase === "complete" && !reloaded.current) {
      reloaded.current = true;
      void reload();
    }
  }, [phase, reload]);

  const checkAgain = () => {
    setGaveUp(false);
    setAttempt((n) => n + 1);
    void result.refetch();
  };

  return (
    <>
      <BillingHeader title="Checkout" withTabs={false} />
      {!valid ? (
        <Stack gap="md">
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title="No checkout to look up"
          >
            This page is where the payment page sends you back after paying. The link is missing its checkout
            reference, so there is nothing to confirm here.
          </Alert>
          <BackLinks kind={undefined} />
        </Stack>
      ) : phase === "complete" && result.data ? (
        <Completed result={result.data} />
      ) : phase === "expired" ? (
        <Outcome icon={<IconClockHour4 size={32} />} color="gray" title="This checkout expired">
          <Text c="dimmed" maw={440}>
            It was not paid in time, so nothing was charged. Start a new checkout when you are ready.
          </Text>
          <BackLinks kind={result.data?.kind} />
        </Outcome>
      ) : phase === "stalled" ? (
        <Outcome icon={<IconClockHour4 size={32} />} color="yellow" title="Still waiting for confirmation">
          <Text c="dimmed" maw={460} data-testid="checkout-stalled">
            Stripe has not confirmed this checkout yet. If you paid, it shows up on the billing page within a
            few minutes, and you are never charged twice. If you left the payment page, nothing was charged.
          </Text>
          <Group gap="sm" justify="center">
            <Button onClick={checkAgain} loading={result.isFetching}>
              Check again
            </Button>
            <Button component={Link} to="/app/billing" variant="default">
              Go to billing
            </Button>
          </Group>
        </Outcome>
      ) : phase === "failed" ? (
        <Stack gap="md">
          <ErrorAlert
            error={result.error}
            title="Could not confirm the checkout"
            onRetry={checkAgain}
            retrying={result.isFetching}
          />
          <BackLinks kind={undefined} />
        </Stack>
      ) : (
        <Card withBorder padding="xl">
          <Stack align="center" gap="sm" role="status" aria-busy="true" aria-label="Confirming your payment">
            <Loader aria-hidden />
            <Text fw={600}>Confirming your payment…</Text>
            <Text size="sm" c="dimmed">
              This usually takes a few seconds. Please keep this page open.
            </Text>
          </Stack>
        </Card>
      )}
    </>
  );
}
