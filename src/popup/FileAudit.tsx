/**
 * "核查附件 / Audit the attachment" on a report page whose report is only an attached file, and "核查此 PDF / Audit
 * this PDF" on a tab showing a PDF (no content script runs in the browser's PDF viewer). The click asks for access
 * to the file's host (the browser shows its prompt only during a click), then the attachment page
 * (src/attachment/attachment.html) is shown in a frame here: it downloads and reads the file with pdf.js (or
 * mammoth for Word) — that engine is loaded in that page only, never in the popup, the side panel or the content
 * script, and the popup itself stays offline (its `connect-src 'none'`).
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../model';
import { t } from './i18n';

/** Where the attachment page lives in the build (vite.config.ts adds it as an input, its path kept). */
export const ATTACHMENT_PAGE = 'src/attachment/attachment.html';

/** The offer's states: offered → asking (the browser's prompt) → refused, or open (the attachment page shown). */
export type OfferState = 'offered' | 'asking' | 'refused' | 'open';

export interface FileAuditOfferProps {
  lang: Lang;
  /** The file: the page's attachment, or the PDF the tab shows. */
  url: string;
  /**
   * An attachment of the report page in this tab (whose title, agency and date fill what the file lacks), the tab's
   * own PDF, or the file the tab shows at an address that does not say what it is (`viewer`).
   */
  kind: 'attachment' | 'tab' | 'viewer';
  /** The tab the report page is in (the attachment page asks its content script for the page's audit). */
  tabId: number | null;
  /** Asks for the host permission during the click; false when declined or not askable (src/platform/batch.ts). */
  requestAccess: (url: string) => Promise<boolean>;
  /** The attachment page's address for a file (runtime.getURL in the extension). */
  pageUrl: (query: string) => string;
  /** What to show while the attachment page is not open (the page's own report view). */
  children?: ComponentChildren;
}

/** The query string of the attachment page for a file. */
export function attachmentQuery(
  url: string,
  lang: Lang,
  tabId: number | null,
  kind: 'attachment' | 'tab' | 'viewer',
): string {
  const params = new URLSearchParams({ url, lang });
  if (kind === 'attachment' && tabId !== null) params.set('tab', String(tabId));
  return `?${params.toString()}`;
}

/** The offer, and the attachment page once access is granted. Never throws: a refusal is "not audited". */
export function FileAuditOffer({ lang, url, kind, tabId, requestAccess, pageUrl, children }: FileAuditOfferProps) {
  const [state, setState] = useState<OfferState>('offered');
  const host = hostOf(url);
  const start = async () => {
    setState('asking');
    const granted = await requestAccess(url).catch(() => false);
    setState(granted ? 'open' : 'refused');
  };
  if (state === 'open') {
    const src = pageUrl(attachmentQuery(url, lang, tabId, kind));
    return (
      <section class="file-audit open" data-state="file-open">
        <p class="file-actions">
          <button type="button" class="link-button" onClick={() => setState('offered')}>
            {t(lang, 'fileBack')}
          </button>
          <a href={src} target="_blank" rel="noreferrer" class="link">
            {t(lang, 'fileOpenTab')}
          </a>
        </p>
        <iframe class="file-frame" src={src} title={t(lang, 'fileFrameTitle')} data-testid="file-frame" />
      </section>
    );
  }
  return (
    <>
      <section class={`file-audit banner ${state === 'refused' ? 'caution' : 'info'}`} data-state={`file-${state}`}>
        <p>
          {t(
            lang,
            kind === 'tab' ? 'auditPdfNote' : kind === 'viewer' ? 'auditViewerNote' : 'auditAttachmentNote',
            fileName(url),
            host,
          )}
        </p>
        {state === 'refused' && (
          <p class="file-refused" role="status">
            {t(lang, 'fileRefused', host)}
          </p>
        )}
        {state === 'asking' && (
          <p class="muted" role="status">
            {t(lang, 'fileAsking', host)}
          </p>
        )}
        <button
          type="button"
          class="primary"
          data-action="audit-file"
          disabled={state === 'asking'}
          onClick={() => void start()}
        >
          {t(lang, kind === 'tab' ? 'auditPdf' : kind === 'viewer' ? 'auditViewer' : 'auditAttachment')}
        </button>
      </section>
      {children}
    </>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** The file's name as its address says it ("2023年度报告.pdf"), else its host. */
export function fileName(url: string): string {
  try {
    const u = new URL(url);
    let name = u.pathname.split('/').pop() ?? '';
    try {
      name = decodeURIComponent(name);
    } catch {
      // A malformed escape: the name as written.
    }
    return name || u.host;
  } catch {
    return url;
  }
}
