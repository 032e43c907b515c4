// Finds a Chromium for the browser tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium;
// as root with apt-get it installs Debian's package; otherwise it stops with one line saying how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep headless Chromium off the network and quiet on a machine with no GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const canInstall = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

export function findChromium(env = process.env) {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    if (existsSync(wanted)) return wanted;
    throw new Error(`CHROMIUM_PATH=${wanted} does not exist: point it at a Chromium binary, or unset it.`);
  }
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  if (canInstall()) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
    execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  }
  throw new Error(
    'Browser tests need Chromium: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.',
  );
}
