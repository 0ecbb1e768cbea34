import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The dev server proxies the API to a Husly server on :8080 (make run).
export default defineConfig({
  plugins: [react()],
  build: {
    // Never inline assets as data: URIs in scripts; keep CSP simple.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8080",
      "/healthz": "http://127.0.0.1:8080",
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
  },
} as never);
