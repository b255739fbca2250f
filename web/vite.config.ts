/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";

/** Long-lived vendor chunks, so an app release does not bust the browser's cache of libraries. */
const VENDOR_CHUNKS = [
  { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
  { name: "mantine", test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
  { name: "data", test: /node_modules[\\/](@tanstack|@trpc)[\\/]/ },
  { name: "icons", test: /node_modules[\\/]@tabler[\\/]/ },
];

/** Paths the Express server answers; in dev, Vite forwards them so the SPA talks to one origin. */
const SERVER_PATHS = ["/trpc", "/api", "/health"];

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "");
  const target = env.API_PROXY_TARGET || "http://localhost:3000";
  const proxy = Object.fromEntries(SERVER_PATHS.map((path) => [path, { target, changeOrigin: true }]));

  return {
    plugins: [react()],
    server: { port: 5173, proxy },
    preview: { port: 4173, proxy },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
    },
    test: {
      environment: "jsdom",
      setupFiles: ["./src/test/setup.ts"],
      include: ["src/**/*.test.{ts,tsx}"],
      css: false,
    },
  };
});
