export { type StripeEmulator, type StripeEmulatorOptions, startStripeEmulator } from "./server.js";
