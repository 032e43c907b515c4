import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/** UTC−8 and UTC+14: as far apart as time zones get. */
export const UNIT_TIME_ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati'];

export default defineConfig({
  plugins: [preact()],
  // GeoJSON layers are served as files and loaded by MapLibre's workers, not inlined in JS.
  assetsInclude: ['**/*.geojson'],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    projects: [
      // Unit tests run twice, 22 hours apart: calendar-day code must give the same answers.
      ...UNIT_TIME_ZONES.map((TZ) => ({
        extends: true as const,
        test: {
          name: `unit ${TZ}`,
          include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'bench/**/*.test.ts'],
          env: { TZ },
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
          fileParallelism: false,
        },
      },
    ],
  },
});
