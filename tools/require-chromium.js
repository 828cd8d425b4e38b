#!/usr/bin/env node
// npm test runs the explorer's browser test in Debian's Chromium. Without it, the run used to fail 10
// tests after 8 minutes; this check stops it in a moment with the one instruction that fixes it.
const fs = require('node:fs');
const CHROMIUM = '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) {
  console.error(`npm test needs Debian's Chromium at ${CHROMIUM} for the explorer's browser test: apt-get update && apt-get install -y chromium`);
  process.exit(1);
}
