/* global module */
/**
 * Puppeteer comes in with @mermaid-js/mermaid-cli (scripts/render-diagrams.mjs). It must never download a browser
 * during `npm ci`: CI reaches only the npm registry. The render script uses the system's Chromium instead.
 * @type {import('puppeteer').Configuration}
 */
module.exports = {
  skipDownload: true,
  chrome: { skipDownload: true },
  'chrome-headless-shell': { skipDownload: true },
  firefox: { skipDownload: true },
};
