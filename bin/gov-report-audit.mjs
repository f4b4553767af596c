#!/usr/bin/env node
// `npx gov-report-audit`: the CLI is TypeScript, run through tsx's loader (a runtime dependency) rather than a build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
