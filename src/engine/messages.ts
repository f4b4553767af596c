/**
 * Message templates: `{{name}}` placeholders filled from a finding's data, in either locale.
 */
import type { Lang } from '../model';
import type { LocalText } from './define-rule';

/** Fills `{{name}}` placeholders; in English a data key `name@en` wins over `name`. Unknown names stay visible. */
export function formatTemplate(template: string, data: Readonly<Record<string, string | number>>, lang: Lang): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = (lang === 'en' ? data[`${name}@en`] : undefined) ?? data[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names a template uses, sorted and unique (for the convention test and the rule tester). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/** Renders a bilingual text in one language. */
export function formatLocal(text: LocalText, data: Readonly<Record<string, string | number>>, lang: Lang): string {
  return formatTemplate(text[lang], data, lang);
}

/** Both renderings of a bilingual label, as data entries: `{ [name]: zh, [name@en]: en }`. */
export function bilingual(name: string, text: LocalText): Record<string, string> {
  return { [name]: text.zh, [`${name}@en`]: text.en };
}

const PLACEHOLDER = /\{\{\s*([\w.@-]+)\s*\}\}/g;
