import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * The web app, served by the API process at /app/ (see src/web-app/serve-web-app.ts). Built into
 * ../dist/web after `nest build` (which empties dist/). The service worker precaches the app shell so
 * the booth page opens with no network; API calls are never cached by it (the outbox handles those).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  resolve: { alias: { '@': src } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // For the build report (bench/web-bundle.js): which chunks each route loads.
    manifest: true,
  },
  plugins: [
    react(),
    // Brotli and gzip copies beside each asset, served by @fastify/static (preCompressed): a phone on a
    // fair hall's Wi-Fi gets the entry script as 114 kB instead of 422 kB, and no CPU is spent per request.
    compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.map$/], threshold: 1024 }),
    VitePWA({
      registerType: 'autoUpdate',
      // Registered from src/main.tsx: no inline script, so the CSP stays script-src 'self'.
      injectRegister: false,
      manifest: {
        name: 'Pavilion',
        short_name: 'Pavilion',
        description: 'Booth consultations and fair outcomes',
        start_url: '/app/',
        scope: '/app/',
        display: 'standalone',
        theme_color: '#0b5394',
        background_color: '#ffffff',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        // Charts are for the online dashboard only: the booth's first visit never fetches them, not even to precache.
        globIgnores: ['**/echarts-setup-*.js'],
        navigateFallback: '/app/index.html',
        navigateFallbackAllowlist: [/^\/app\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
