#!/usr/bin/env node
// Thin shim: the CLI is compiled to dist/ (npm install / npm ci runs the build).
import { main } from '../dist/cli/index.js';

process.exitCode = await main(process.argv);
