#!/usr/bin/env node
"use strict";
// Runs the compiled CLI (lib/, built by `npm ci` through the prepare script) unless the sources
// are newer (a checkout being edited), in which case it compiles on the fly with ts-node; so
// `npx dinh-bien` never needs a manual build step and never runs stale code.
const fs = require("fs");
const path = require("path");
const root = path.join(__dirname, "..");
const compiled = path.join(root, "lib", "cli", "main.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function compiledIsFresh() {
  if (!fs.existsSync(compiled)) return false;
  const src = path.join(root, "src");
  if (!fs.existsSync(src)) return true;
  const built = fs.statSync(compiled).mtimeMs;
  return ["engine", "app", "xlsx", "cli"].every((d) => {
    const dir = path.join(src, d);
    return !fs.existsSync(dir) || newestSource(dir) <= built;
  });
}

if (compiledIsFresh()) {
  require(compiled).runFromProcess();
} else {
  require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
  require(path.join(root, "src", "cli", "main.ts")).runFromProcess();
}
