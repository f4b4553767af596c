// The rule conventions (CONTRIBUTING.md "How to add a rule"), checked on the files themselves, after ESLint's
// checkRuleFiles and refined-github's features test: a rule that breaks one fails the build.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../engine/define-rule';
import { placeholders } from '../engine/messages';
import { rules } from './index';
import { ruleMetas } from './meta';

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir);
const ruleFiles = files.filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'attribution.ts',
);
const metaDir = join(dir, 'meta');
const metaFiles = readdirSync(metaDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const FORMATS = ['2021', '2019', 'legacy', 'unknown'];

describe('rule conventions', () => {
  it('finds the rule files', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(19);
  });

  it.each(ruleFiles)('%s has a test, is registered and is named by its id', async (file) => {
    const id = file.replace(/\.ts$/, '');
    expect(files, `${id}.test.ts is missing`).toContain(`${id}.test.ts`);
    const module = (await import(/* @vite-ignore */ join(dir, file))) as { default?: Rule };
    expect(module.default, `${file} must default-export its rule`).toBeDefined();
    expect(module.default?.id).toBe(id);
    expect(rules, `${id} is not registered in index.ts`).toContain(module.default);
  });

  it.each(ruleFiles)('%s takes its metadata from meta/ and adds only its check', async (file) => {
    const id = file.replace(/\.ts$/, '');
    expect(metaFiles, `meta/${id}.ts is missing`).toContain(file);
    const rule = ((await import(/* @vite-ignore */ join(dir, file))) as { default: Rule }).default;
    const meta = ((await import(/* @vite-ignore */ join(metaDir, file))) as { default: object }).default;
    const { check, ...rest } = rule;
    expect(typeof check).toBe('function');
    expect(rest).toEqual(meta);
    for (const [key, value] of Object.entries(meta))
      expect((rule as unknown as Record<string, unknown>)[key]).toBe(value);
  });

  it("keeps check code out of the metadata: meta/ files import only the engine's types and each other", () => {
    for (const file of metaFiles) {
      const source = readFileSync(join(metaDir, file), 'utf8');
      for (const [, from] of source.matchAll(/^import [^;]*? from '([^']+)';/gmsu)) {
        expect(
          ['../../engine/define-rule', '../../engine/messages', '../../model'].includes(from ?? '') ||
            from?.startsWith('./'),
          `${file} imports ${from}`,
        ).toBe(true);
      }
    }
  });

  it("lists the metadata in the registry's order", () => {
    expect(ruleMetas.map((m) => m.id)).toEqual(rules.map((r) => r.id));
    expect(metaFiles.filter((f) => f !== 'index.ts' && f !== 'count-messages.ts').sort()).toEqual(
      [...ruleFiles].sort(),
    );
  });

  it('registers every rule once, with unique kebab-case ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ids.sort()).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has bilingual metadata with matching placeholders', (_id, rule) => {
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(rule.appliesTo.length).toBeGreaterThan(0);
    for (const f of rule.appliesTo) expect(FORMATS).toContain(f);
    expect(rule.description.zh).toMatch(/\p{Script=Han}/u);
    expect(rule.description.en).toMatch(/[a-z]/);
    const messages = Object.entries(rule.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const [messageId, text] of messages) {
      expect(text.zh, `${messageId} zh`).toMatch(/\p{Script=Han}/u);
      expect(text.en, `${messageId} en`).toMatch(/[a-z]/);
      expect(placeholders(text.en), `${messageId}: en placeholders`).toEqual(placeholders(text.zh));
    }
    expect(typeof rule.check).toBe('function');
  });
});
