import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built app's Content-Security-Policy: its own scripts, workers and data only; inline
 * styles (MapLibre and Preact set style attributes); images from data:/blob: (MapLibre, the PNG
 * export); and fetches to https: anywhere, for `?data=` links, but never plain http elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy as a real server sends it, on every file: `vite preview` (and so the browser tests)
 * and the dev server, whose hot reload needs no inline script or eval under it.
 */
export const CSP_HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY };

/**
 * Only images may become `data:` URLs, the one kind the policy allows from data: (img-src). A
 * small GeoJSON inlined would be fetched by MapLibre's worker (connect-src) and a font loaded
 * (font-src): both refused under the header, so those layers and labels would draw nothing.
 */
export const inlineOnlyImages = (file: string): false | undefined =>
  /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(file) ? undefined : false;

/** Also written into the built index.html, for hosts that cannot set headers. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** UTC−8 and UTC+14: as far apart as time zones get. */
export const UNIT_TIME_ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati'];

export default defineConfig({
  plugins: [preact(), contentSecurityPolicy()],
  worker: { format: 'es' },
  // GeoJSON layers are served as files and loaded by MapLibre's workers, not inlined in JS.
  assetsInclude: ['**/*.geojson'],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, assetsInlineLimit: inlineOnlyImages },
  server: { host: '127.0.0.1', port: 5173, headers: CSP_HEADERS },
  preview: { host: '127.0.0.1', port: 4173, headers: CSP_HEADERS },
  test: {
    projects: [
      // Unit tests run twice, 22 hours apart: calendar-day code must give the same answers.
      ...UNIT_TIME_ZONES.map((TZ) => ({
        extends: true as const,
        test: {
          name: `unit ${TZ}`,
          include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'bench/**/*.test.ts'],
          env: { TZ },
          // Files share a worker's module cache: most of a unit file's time was loading modules
          // (zod, turf, the geo data) again; each test resets the signals and stores it uses.
          isolate: false,
        },
      })),
      {
        // Real headless Chromium against the production build: slow (SwiftShader), so one worker.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // Three files at a time: one page of SwiftShader keeps about one core busy, but much of
          // a browser test is waiting (page loads, idle frames); three took 435 s here where two
          // took about 470 s. Files share a worker's modules (playwright-core loads once).
          maxWorkers: 3,
          isolate: false,
          // After the unit projects (group 0), as before: vitest wants a group of its own for a
          // project with its own maxWorkers.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
