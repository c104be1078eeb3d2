#!/usr/bin/env node
// Renders the hand-drawn SVG icons in public/ to the PNGs the web manifest and iOS need, with
// Playwright driving Debian's Chromium. The PNGs are committed; run this again after editing an SVG:
//   node scripts/render-icons.mjs
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
const outputs = [
  { source: 'icon.svg', file: 'icon-192.png', size: 192 },
  { source: 'icon.svg', file: 'icon-512.png', size: 512 },
  // Maskable: full-bleed ground, bird inside the central safe zone (a circle of 80% diameter).
  { source: 'icon-maskable.svg', file: 'icon-maskable-512.png', size: 512 },
  // iOS draws its own rounded corners over an opaque square.
  { source: 'icon-maskable.svg', file: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
try {
  for (const { source, file, size } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.goto(`file://${join(publicDir, source)}`);
    await page.screenshot({ path: join(publicDir, file), omitBackground: true });
    await page.close();
    console.log(`${file} ${size}x${size}`);
  }
} finally {
  await browser.close();
}
