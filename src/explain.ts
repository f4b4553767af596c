/**
 * What each stage of an audit saw, as data (`npm run audit -- --explain`; src/cli/format-explain.ts prints it):
 * the extraction's stages (kept on the result with `explain: true`, src/extract/pipeline.ts), then which sentences
 * the narrative reader turned into which claims, and what the rules found. Pure, like the facade.
 */
import type { ExplainedResult } from './audit';
import { cellKey } from './engine/cells';
import type { Stages } from './extract';
import type { Finding, Severity } from './model';
import { reportClaims } from './narrative/report-claims';
import type { Quantity } from './narrative/numbers';
import type { Claim } from './narrative/types';

/** One audit explained. */
export interface Explanation {
  source: string;
  /** The extraction's stages; absent when they did not run (a page too large, a scan, an input that could not be read). */
  stages?: Stages;
  /** Sentences the narrative reader took claims from, in reading order, with the claims. */
  claims: ExplainedSentence[];
  findings: Array<{ rule: string; severity: Severity; message: string; cells: string[]; sentence?: string }>;
}

/** A sentence and the claims read from it. */
export interface ExplainedSentence {
  section?: string;
  text: string;
  claims: Array<{ kind: Claim['kind']; words: string; reading: string }>;
}

/** The explanation of an audit run with `explain: true` (without it, only claims and findings are there). */
export function explainAudit(result: ExplainedResult): Explanation {
  const claims: ExplainedSentence[] = [];
  for (const { sentence, claims: found } of reportClaims(result.report)) {
    if (found.length === 0) continue;
    const entry: ExplainedSentence = {
      text: sentence.text,
      claims: found.map((c) => ({ kind: c.kind, words: c.text, reading: readingOf(c) })),
    };
    if (sentence.section !== undefined) entry.section = sentence.section;
    claims.push(entry);
  }
  const explanation: Explanation = {
    source: result.report.source,
    claims,
    findings: result.findings.map(findingOf),
  };
  if (result.stages) explanation.stages = result.stages;
  return explanation;
}

function findingOf(f: Finding): Explanation['findings'][number] {
  const out: Explanation['findings'][number] = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    cells: f.cells.map((c) => cellKey(c)),
  };
  if (f.sentence) out.sentence = f.sentence.text;
  return out;
}

/** A claim in a few words: what it says of which quantity ("newRequests = 57件"). */
export function readingOf(c: Claim): string {
  switch (c.kind) {
    case 'count':
      return `${c.subject}${c.docType ? `.${c.docType}` : ''} = ${q(c.quantity)}${c.includesCarried ? ' (incl. carried over)' : ''}`;
    case 'outcome':
      return `${c.rows.join(' + ')} = ${q(c.quantity)}${c.legacy ? ' (pre-2021 wording)' : ''}`;
    case 'zero':
      return `${c.subject} = 0`;
    case 'percent':
      return `${c.role}${c.metric ? ` ${c.metric}` : ''} ${q(c.percent)}${c.part ? ` of part ${q(c.part)}` : ''}${c.base ? ` of base ${q(c.base)}` : ''}`;
    case 'change':
      return `${c.direction} ${q(c.amount)}${c.previous ? ` from ${q(c.previous)}` : ''}`;
    case 'subtotal':
      return `${q(c.total)} ${c.exhaustive ? '=' : '≥'} ${c.parts.map(q).join(' + ')}`;
    case 'allMaintained':
      return `all upheld (${c.subject}${c.concludedOnly ? ', concluded only' : ''})`;
  }
}

function q(quantity: Quantity): string {
  return `${quantity.approximate ? '≈' : ''}${quantity.exact}${quantity.unit}`;
}
