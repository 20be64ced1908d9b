// Makes sure a headless Chromium is available for the browser tests: CHROMIUM_PATH, or Debian's
// chromium package, installed with apt-get when missing (no browser is ever downloaded by npm).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (candidates.some((p) => existsSync(p))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error('The browser tests need Chromium. Install Debian\'s package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
console.log('Installing Debian\'s chromium package for the browser tests…');
const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
try {
  run('apt-get install -y --no-install-recommends chromium fonts-dejavu-core');
} catch {
  run('apt-get update');
  run('apt-get install -y --no-install-recommends chromium fonts-dejavu-core');
}
