import type { Prisma } from "@baseplate/db";
import { type RequestHandler, Router, raw } from "express";
import Stripe from "stripe";
import type { AppDeps } from "../../../app-deps.js";
import { sendPublicError } from "../../../http/error-response.js";
import { noStore } from "../../../http/security-headers.js";
import { AppError, toPublicError } from "../../../lib/errors.js";
import { processStripeEventJob } from "../jobs/process-stripe-event.job.js";
import { STRIPE_WEBHOOK_PATH } from "../stripe/stripe-access.js";
import { HANDLED_EVENT_TYPES } from "../sync/process-event.service.js";

/** The canonical path, and seed 001's (`POST /v1/billing/webhooks`) for clients configured from it. */
const PATHS = [STRIPE_WEBHOOK_PATH, "/api/v1/billing/webhooks"];

const MAX_EVENT_BYTES = 1024 * 1024;

function refuse(res: Parameters<RequestHandler>[1], error: AppError): void {
  sendPublicError(res, toPublicError(error));
}

/**
 * Stripe's calls: the signature is checked over the exact bytes received (hence raw, before any
 * JSON parser), each event is stored once by id, and processing happens in a job. Stripe gets its
 * 2xx as soon as the event is durable; a duplicate delivery is a 200 that changes nothing.
 */
export function stripeWebhookRoutes(deps: AppDeps): Router {
  const routes = Router();
  routes.all(PATHS, (req, res, next) => {
    if (req.method === "POST") return next();
    res.set("Allow", "POST");
    refuse(res, new AppError("METHOD_NOT_ALLOWED", `${req.method} is not allowed here: Stripe sends POST`));
  });
  routes.post(PATHS, noStore, raw({ type: () => true, limit: MAX_EVENT_BYTES }), async (req, res, next) => {
    try {
      const secret = deps.stripe.webhookSecret;
      if (!secret) throw new AppError("NOT_CONFIGURED", "Stripe webhooks are not configured on this server");
      const signature = req.get("stripe-signature");
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      let event: Stripe.Event;
      try {
        if (!signature) throw new Error("missing");
        event = Stripe.webhooks.constructEvent(body, signature, secret);
      } catch {
        throw new AppError(
          "BAD_REQUEST",
          "Invalid Stripe-Signature: the event was not signed with this endpoint's secret",
        );
      }
      // Types that cannot change billing state are stored as ignored, without a job.
      const handled = HANDLED_EVENT_TYPES.has(event.type);
      const stored = await deps.db.stripeEvent.createMany({
        data: [
          {
            id: event.id,
            type: event.type,
            livemode: event.livemode,
            payload: event as unknown as Prisma.InputJsonObject,
            ...(handled ? {} : { processedAt: deps.clock.now(), outcome: "ignored" }),
          },
        ],
        skipDuplicates: true,
      });
      if (stored.count === 1 && handled) {
        // If this fails the event is still stored: the sweep job hands it over.
        await deps.jobs.enqueue(processStripeEventJob, { eventId: event.id }).catch((error: unknown) => {
          deps.log.warn(
            { err: error, eventId: event.id },
            "could not enqueue a Stripe event; the sweep will",
          );
        });
      }
      res.status(200).json({ received: true, duplicate: stored.count === 0 });
    } catch (error) {
      next(error);
    }
  });
  return routes;
}
