/** Audits one read input (the CLI's per-input step, run in the main thread or in a worker of ./audit-pool.ts). */
import { auditDocument, auditText, type ExplainedResult } from '../audit';
import type { Lang } from '../model';
import { parseHtml } from './dom';
import { auditDocumentFile } from './documents';
import type { Input } from './input';

export type InputAudit = ExplainedResult | { error: string };

/** Audits one input; with `explain`, the result keeps what each extraction stage saw (`stages`). */
export async function auditInput(input: Input, lang: Lang, explain = false): Promise<InputAudit> {
  if (!('text' in input)) {
    try {
      return await auditDocumentFile(input.source, input.kind, input.bytes, lang, explain);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { error: `无法读取 ${input.source}：文件已损坏或无法打开（cannot read ${input.source}: ${message}）` };
    }
  }
  try {
    if (input.kind === 'text') return auditText(input.text, { source: input.source, lang, explain });
    // The DOM elements are for highlighting in a browser; the CLI needs only the result.
    const { elements: _elements, ...result } = auditDocument(parseHtml(input.text), {
      source: input.source,
      lang,
      explain,
    });
    return result;
  } catch (error) {
    // The engine is written never to throw; if it does, name the input and keep going with the others.
    const message = error instanceof Error ? error.message : String(error);
    return { error: `核查 ${input.source} 时出错：${message}（internal error while auditing ${input.source}）` };
  }
}
