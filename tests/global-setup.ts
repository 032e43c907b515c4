// Browser tests share one production build, served on 127.0.0.1, and one Chromium check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './support/chromium.mjs';
import { buildAndServe } from './support/server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  findChromium();
  // A folder of this run's own: two runs in one tree at once (a second terminal, another
  // engineer's) would otherwise empty dist/ under each other's server, and pages would 404.
  const outDir = mkdtempSync(join(tmpdir(), 'golan-map-dist-'));
  const server = await buildAndServe({ outDir });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
