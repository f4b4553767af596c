/**
 * The 表三 identity as a picture, when it breaks: 一 本年新收 + 二 上年结转 on one bar, 三 办理结果总计 + 四 结转下年度 on
 * the other, on one scale, so the gap shows at a glance. Drawn from the finding's own numbers (t3-identity's data).
 */
import type { Finding, Lang } from '../model';

const PARTS = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'] as const;

const WORDS = {
  zh: {
    labels: ['一 本年新收', '二 上年结转', '三 办理结果总计', '四 结转下年度'],
    gap: '相差',
    title: '勾稽关系：一 + 二 = 三 + 四',
  },
  en: {
    labels: ['I new', 'II carried over', 'III handled', 'IV carried forward'],
    gap: 'off by',
    title: 'Identity: I + II = III + IV',
  },
} as const;

/** The four numbers of a t3-identity finding, or null when it does not carry them. */
export function identityParts(finding: Finding): [number, number, number, number] | null {
  if (finding.rule !== 't3-identity') return null;
  const values = PARTS.map((key) => finding.data[key]);
  if (!values.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0)) return null;
  return values as [number, number, number, number];
}

export function SumBar({ lang, finding }: { lang: Lang; finding: Finding }) {
  const parts = identityParts(finding);
  if (!parts) return null;
  const [a, b, c, d] = parts;
  const left = a + b;
  const right = c + d;
  const scale = Math.max(left, right, 1);
  const w = WORDS[lang];
  const pct = (n: number) => `${(n / scale) * 100}%`;
  return (
    <figure class="sum-bar" data-testid="sum-bar" aria-label={w.title}>
      <figcaption>{w.title}</figcaption>
      <div class="sum-row" data-side="left">
        <span class="sum-track">
          <span class="seg seg-a" style={{ width: pct(a) }} title={`${w.labels[0]} ${a}`} />
          <span class="seg seg-b" style={{ width: pct(b) }} title={`${w.labels[1]} ${b}`} />
          {left < right && <span class="seg seg-gap" style={{ width: pct(right - left) }} />}
        </span>
        <span class="sum-total">
          {w.labels[0].split(' ')[0]} + {w.labels[1].split(' ')[0]} = {left}
        </span>
      </div>
      <div class="sum-row" data-side="right">
        <span class="sum-track">
          <span class="seg seg-c" style={{ width: pct(c) }} title={`${w.labels[2]} ${c}`} />
          <span class="seg seg-d" style={{ width: pct(d) }} title={`${w.labels[3]} ${d}`} />
          {right < left && <span class="seg seg-gap" style={{ width: pct(left - right) }} />}
        </span>
        <span class="sum-total">
          {w.labels[2].split(' ')[0]} + {w.labels[3].split(' ')[0]} = {right}
        </span>
      </div>
      <p class="sum-legend">
        {w.labels.map((label, i) => (
          <span key={label} class={`legend seg-${'abcd'[i]}`}>
            {label} {parts[i]}
          </span>
        ))}
        <span class="gap-word">
          {w.gap} {Math.abs(left - right)}
        </span>
      </p>
    </figure>
  );
}
