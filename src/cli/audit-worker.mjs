// A worker of ./audit-pool.ts. Workers do not inherit a loader registered with tsx's API (bin/gov-report-audit.mjs),
// so the worker registers tsx itself before loading the TypeScript audit step.
import { register } from 'tsx/esm/api';

register();
const { auditInput } = await import('./audit-input.ts');

/** @param {{ input: import('./input.ts').Input, lang: 'zh' | 'en' }} task */
export default function audit({ input, lang }) {
  return auditInput(input, lang);
}
