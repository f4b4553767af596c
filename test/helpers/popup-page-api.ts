/**
 * The popup's page API (src/platform/page-api.ts) as the popup's tests mock it: the tab's content script answers with
 * a report of 金乡县公安局 holding `result`'s findings, and the other calls succeed. For a `vi.mock` factory:
 * `vi.mock('../platform/page-api', async () => (await import('…/popup-page-api')).pageApiShowing({ … }))`.
 */
import { vi } from 'vitest';
import type { Finding } from '../../src/model';
import { buildReport } from './report-builder';

const URL = 'https://www.example.gov.cn/art/2024/1/18/art_1.html';

export function pageApiShowing(result: { findings: Finding[]; rulesRun: string[] }) {
  return {
    askContent: vi.fn(async () => ({
      status: 'report',
      url: URL,
      result: { report: buildReport({ agency: '金乡县公安局' }), ...result, auditedAt: '2024-01-20T00:00:00Z' },
      forced: false,
      marks: true,
      frame: null,
      merges: {},
    })),
    injectContentScript: vi.fn(async () => undefined),
    saveSettings: vi.fn(async () => undefined),
    tabUrl: vi.fn(async () => URL),
  };
}
