// Builds the app and serves it on 127.0.0.1 with Vite's preview server, as a user would get it.
import { build, preview } from 'vite';

export async function buildAndServe({ outDir = 'dist', quiet = true } = {}) {
  await build({ logLevel: quiet ? 'warn' : 'info', build: { outDir } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}
