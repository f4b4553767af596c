// @vitest-environment happy-dom
/**
 * The attachment audit's states (issue 11): the popup's offer (offered → asking → refused, or the attachment page
 * in a frame) and the attachment page's own (running → done | failed with a clear message | refused → "not
 * audited"). Nothing here throws, whatever the permission call or the audit does.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditResult, Finding } from '../model';
import { buildReport } from '../../test/helpers/report-builder';
import { AttachmentApp, tablePages } from '../attachment/AttachmentApp';
import type { FileAudit } from '../attachment/audit-file';
import { attachmentQuery, FileAuditOffer } from './FileAudit';

const FILE = 'https://www.example.gov.cn/files/2023%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf';
const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});
const settle = () => act(async () => new Promise((done) => setTimeout(done, 0)));

const finding: Finding = {
  rule: 't4-review-sum',
  severity: 'error',
  messageId: 'mismatch',
  message: '行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0',
  data: { expected: 1, actual: 0, parts: '维持1+纠正0+其他0+尚未审结0' },
  cells: [
    {
      table: 'T4',
      row: 'review',
      column: 'review.total',
      text: '0',
      src: { kind: 'box', page: 3, x: 10, y: 20, w: 30, h: 12 },
    },
    {
      table: 'T4',
      row: 'review',
      column: 'review.maintain',
      text: '1',
      src: { kind: 'box', page: 3, x: 50, y: 20, w: 30, h: 12 },
    },
  ],
};

function fileResult(extra: Partial<AuditResult['report']> = {}): AuditResult {
  return {
    report: { ...buildReport({ agency: '金乡县公安局' }), ...extra },
    findings: [finding],
    rulesRun: ['t4-review-sum'],
    auditedAt: '2024-01-20T00:00:00Z',
    timings: {},
  };
}

describe('the popup\'s offer ("核查附件")', () => {
  const offer = (requestAccess: (url: string) => Promise<boolean>) => {
    const el = root();
    // happy-dom loads no frame pages: the address is checked, not loaded.
    const pageUrl = (query: string) => `about:blank#attachment.html${query}`;
    render(
      <FileAuditOffer lang="zh" url={FILE} kind="attachment" tabId={7} requestAccess={requestAccess} pageUrl={pageUrl}>
        <p class="page-view">the page</p>
      </FileAuditOffer>,
      el,
    );
    return el;
  };
  const click = (el: Element) =>
    act(async () => (el.querySelector('button[data-action="audit-file"]') as HTMLButtonElement).click());

  it("is offered with the file name and host, above the page's own view", () => {
    const el = offer(async () => true);
    expect(el.querySelector('[data-state="file-offered"]')!.textContent).toContain('2023年度报告.pdf');
    expect(el.querySelector('[data-state="file-offered"]')!.textContent).toContain('www.example.gov.cn');
    expect(el.querySelector('button[data-action="audit-file"]')!.textContent).toBe('核查附件');
    expect(el.querySelector('.page-view')).not.toBeNull();
  });

  it('asks for the host during the click, then shows the attachment page in a frame (file, language and tab in its address)', async () => {
    let grant!: (granted: boolean) => void;
    const requestAccess = vi.fn(() => new Promise<boolean>((done) => (grant = done)));
    const el = offer(requestAccess);
    await click(el);
    expect(requestAccess).toHaveBeenCalledWith(FILE);
    expect(el.querySelector('[data-state="file-asking"]')).not.toBeNull();
    expect((el.querySelector('button[data-action="audit-file"]') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => grant(true));
    await settle();
    const frame = el.querySelector('iframe.file-frame') as HTMLIFrameElement;
    expect(frame.getAttribute('src')).toBe(
      `about:blank#attachment.html${attachmentQuery(FILE, 'zh', 7, 'attachment')}`,
    );
    expect(new URLSearchParams(attachmentQuery(FILE, 'zh', 7, 'attachment')).get('url')).toBe(FILE);
    expect(new URLSearchParams(attachmentQuery(FILE, 'zh', 7, 'tab')).get('tab')).toBeNull();
    expect(el.querySelector('.page-view')).toBeNull();
  });

  it('offers to download and audit the file a tab shows at an address that does not say what it is', () => {
    const el = root();
    const url = 'https://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename=7.pdf&id=12';
    render(
      <FileAuditOffer
        lang="zh"
        url={url}
        kind="viewer"
        tabId={7}
        requestAccess={async () => true}
        pageUrl={(query) => `about:blank#attachment.html${query}`}
      />,
      el,
    );
    expect(el.querySelector('button[data-action="audit-file"]')!.textContent).toBe('下载并核查此文件');
    expect(el.querySelector('[data-state="file-offered"]')!.textContent).toContain('www.example.gov.cn');
    expect(el.querySelector('[data-state="file-offered"]')!.textContent).toContain(
      '若此标签页显示的是在浏览器中打开的文件',
    );
    // Like a PDF tab's, the file is audited on its own: no report page lends it title, agency or date.
    expect(new URLSearchParams(attachmentQuery(url, 'zh', 7, 'viewer')).get('tab')).toBeNull();
  });

  it('says "not audited" when access is refused — or the permission call throws — and can be asked again', async () => {
    for (const requestAccess of [async () => false, async () => Promise.reject(new Error('no gesture'))]) {
      const el = offer(requestAccess);
      await click(el);
      await settle();
      expect(el.querySelector('[data-state="file-refused"] .file-refused')!.textContent).toBe(
        '未获准访问 www.example.gov.cn：文件未下载，未核查。',
      );
      expect(el.querySelector('iframe')).toBeNull();
      expect((el.querySelector('button[data-action="audit-file"]') as HTMLButtonElement).disabled).toBe(false);
      document.body.innerHTML = '';
    }
  });
});

describe('the attachment page', () => {
  const app = async (props: {
    hasAccess?: () => Promise<boolean>;
    audit?: () => Promise<FileAudit>;
    requestAccess?: () => Promise<boolean>;
  }) => {
    const el = root();
    await act(async () =>
      render(
        <AttachmentApp
          lang="zh"
          url={FILE}
          hasAccess={props.hasAccess ?? (async () => true)}
          requestAccess={props.requestAccess ?? (async () => true)}
          pageAudit={async () => undefined}
          audit={props.audit ?? (async () => ({ ok: true, kind: 'pdf', result: fileResult() }))}
        />,
        el,
      ),
    );
    return el;
  };

  it('shows "running" while the file is read, then its findings with each cell\'s PDF page and no Locate', async () => {
    let finish!: (audit: FileAudit) => void;
    const el = await app({ audit: () => new Promise((done) => (finish = done)) });
    await settle();
    expect(el.querySelector('[data-state="file-running"]')!.textContent).toContain('正在下载并读取 2023年度报告.pdf');
    await act(async () => finish({ ok: true, kind: 'pdf', result: fileResult() }));
    await settle();
    expect(el.querySelector('[data-state="file-done"]')).not.toBeNull();
    expect(el.querySelector('.finding .message')!.textContent).toBe(finding.message);
    expect(el.querySelector('.where')!.textContent).toBe('表四 · 行政复议 · 总计：0（第 3 页）');
    expect(el.querySelector('button.locate')).toBeNull();
  });

  it('fails with the reason in words (too large, HTTP error, not a PDF) and offers a retry; a thrown audit is a failure too', async () => {
    const el = await app({
      audit: async () => ({ ok: false, reason: 'too-large', zh: '页面过大（超过 20 MB），未读取', en: 'too large' }),
    });
    await settle();
    expect(el.querySelector('[data-state="file-failed"] [data-testid="file-error"]')!.textContent).toBe(
      '页面过大（超过 20 MB），未读取',
    );
    expect(el.querySelector('[data-state="file-failed"] button')!.textContent).toBe('重试');
    document.body.innerHTML = '';
    const thrown = await app({ audit: async () => Promise.reject(new Error('worker died')) });
    await settle();
    expect(thrown.querySelector('[data-testid="file-error"]')!.textContent).toBe('worker died');
  });

  it('is "not audited" without access to the host, fetching nothing, and audits once access is given', async () => {
    const audit = vi.fn(async (): Promise<FileAudit> => ({ ok: true, kind: 'pdf', result: fileResult() }));
    let granted = false;
    const el = await app({ hasAccess: async () => granted, audit, requestAccess: async () => (granted = true) });
    await settle();
    expect(el.querySelector('[data-state="file-refused"]')!.textContent).toContain('未获准访问 www.example.gov.cn');
    expect(audit).not.toHaveBeenCalled();
    await act(async () => (el.querySelector('[data-state="file-refused"] button') as HTMLButtonElement).click());
    await settle();
    expect(audit).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[data-state="file-done"]')).not.toBeNull();
  });

  it('says why a scan, a DOC/WPS file or a file that is not a report was not audited', async () => {
    const cases: Array<[Partial<AuditResult['report']>, string]> = [
      [{ notAudited: 'scanned' }, '扫描件'],
      [{ notAudited: 'doc' }, 'DOC/WPS'],
      [{ detected: false }, '不像政府信息公开工作年度报告'],
    ];
    for (const [extra, words] of cases) {
      const el = await app({
        audit: async () => ({ ok: true, kind: 'pdf', result: { ...fileResult(extra), findings: [] } }),
      });
      await settle();
      expect(el.querySelector('[data-state="file-not-audited"]')!.textContent).toContain(words);
      document.body.innerHTML = '';
    }
  });

  it('finds the pages each table is on from its cells', () => {
    const result = fileResult();
    const box = (page: number) => ({ kind: 'box' as const, page, x: 0, y: 0, w: 1, h: 1 });
    result.report.tables.T3 = {
      ...result.report.tables.T3!,
      values: result.report.tables.T3!.values.map((v, i) => ({ ...v, src: box(i < 3 ? 2 : 3) })),
    };
    expect(tablePages(result).find((p) => p.id === 'T3')).toEqual({ id: 'T3', from: 2, to: 3 });
  });
});
