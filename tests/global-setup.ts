// Browser tests share one production build, served on 127.0.0.1, and one Chromium check.
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
  const server = await buildAndServe({ outDir: 'dist' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
