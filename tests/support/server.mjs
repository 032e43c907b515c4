// Builds the app and serves it on 127.0.0.1 with Vite's preview server, as a user would get it:
// with the Content-Security-Policy header that vite.config.ts has `vite preview` send on every
// file (HTML, scripts, workers, data, fonts). Here the policy also reports what it refuses, so a
// test sees refusals inside workers too: those never reach a listener on the page.
import { build, preview, resolveConfig } from 'vite';
// A 404 here: the report's request is the record (page.mjs reads it).
import { CSP_REPORT_PATH } from './page.mjs';

const CSP = 'Content-Security-Policy';

/** The headers `vite preview` sends as configured, with the policy made to report. */
async function reportingHeaders() {
  const config = await resolveConfig({ logLevel: 'warn' }, 'serve', 'production', 'production', true);
  const headers = config.preview.headers ?? {};
  const policy = headers[CSP];
  if (typeof policy !== 'string') throw new Error(`vite.config.ts: preview.headers sends no ${CSP}`);
  return { ...headers, [CSP]: `${policy}; report-uri ${CSP_REPORT_PATH}` };
}

export async function buildAndServe({ outDir = 'dist', quiet = true } = {}) {
  await build({ logLevel: quiet ? 'warn' : 'info', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, headers: await reportingHeaders() },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}
