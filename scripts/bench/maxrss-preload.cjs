// Preloaded (node --require) into a measured child when GNU time is absent: writes the process's
// peak resident set size in KiB (process.resourceUsage().maxRSS) to UNRES_BENCH_RSS_FILE on exit.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.UNRES_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
