// Types of no-cycle.js, for its test (test/unit/lint/no-cycle.test.ts).
import type { Rule } from 'eslint';

export function resolveImport(from: string, specifier: string): string | undefined;
export function importsOf(file: string, text: string): string[];
export function sourceFiles(dir: string): string[];
export function cyclesOf(graph: Map<string, string[]>): string[][];
export function importGraph(dir: string): Map<string, string[]>;
export const noCycle: Rule.RuleModule;
declare const plugin: { rules: { 'no-cycle': Rule.RuleModule } };
export default plugin;
