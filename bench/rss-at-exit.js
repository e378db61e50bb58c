"use strict";
// Preloaded into a measured CLI process (bench/scale.ts): at exit, its peak RSS into a file.
const fs = require("fs");
const file = process.env.BENCH_RSS_FILE;
if (file)
  process.on("exit", () => {
    fs.writeFileSync(file, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
  });
