#!/usr/bin/env node
"use strict";
// Runs the compiled CLI (lib/, built by `npm ci` through the prepare script); falls back to
// compiling on the fly from a checkout so `npx dinh-bien` never needs a manual build step.
const fs = require("fs");
const path = require("path");
const compiled = path.join(__dirname, "..", "lib", "cli", "main.js");
if (fs.existsSync(compiled)) {
  require(compiled).runFromProcess();
} else {
  require("ts-node").register({ transpileOnly: true, project: path.join(__dirname, "..", "tsconfig.json") });
  require(path.join(__dirname, "..", "src", "cli", "main.ts")).runFromProcess();
}
