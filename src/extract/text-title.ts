import { isReportTitle } from '../detect/title';
import { firstYear } from '../detect/year';
import { simplified } from '../text/hant';
import { collapseSpace } from '../text/normalise';
import { matchSectionHeading } from './sections';

/**
 * The title of a report given as text: the first short line near the top that names a report. Text copied or saved
 * from a portal page often starts with site chrome before the title — "关怀版 无障碍", a breadcrumb "您的位置：首页 >
 * 信息公开 > 年报", a metadata table "标题：| …", the column name "政府信息公开" — so the title is looked for among
 * the lines before the report body (the first section heading or table), not only on the first line. A breadcrumb is
 * never the title even when its last step names the report column ("…> 政府信息公开年报"); a "标题：" label and the
 * cell bars around it are not part of the title. Two short lines are joined when a converter broke the title
 * ("金乡县公安局 2023 年政府信息公开" + "工作年度报告"). Among several candidates the first with a year wins.
 */
export function findTextTitle(
  lines: readonly string[],
  stopAt: (index: number) => boolean,
): { text: string; first: number; last: number } | undefined {
  const candidates: Array<{ text: string; first: number; last: number }> = [];
  let seen = 0;
  for (let i = 0; i < lines.length && seen < MAX_LINES; i++) {
    if (stopAt(i)) break;
    const line = clean(lines[i] as string);
    if (line === '') continue;
    // Words are matched in simplified characters (a 繁體 mirror's "年度報告"); the title keeps the page's own.
    const words = simplified(line);
    seen++;
    if (isBodyStart(line)) break;
    if (line.length > MAX_TITLE || TERMINAL.test(line) || BREADCRUMB.test(words)) continue;
    // The first line keeps the old, looser test (a title names a report); a later one must name this kind of report.
    const first = seen === 1;
    if (/报告|年报/.test(words) && (first || isReportTitle(line))) {
      candidates.push({ text: line, first: i, last: i });
      continue;
    }
    const next = nextNonBlank(lines, i, stopAt);
    if (next !== undefined) {
      const second = simplified(clean(lines[next] as string));
      const joined = line + clean(lines[next] as string);
      if (
        second.length <= 30 &&
        /(?:报告|年报)$/.test(second) &&
        (first || isReportTitle(joined)) &&
        joins(words, second)
      )
        candidates.push({ text: joined, first: i, last: next });
    }
  }
  return candidates.find((c) => firstYear(c.text) !== undefined) ?? candidates[0];
}

/** Lines looked at before the body starts: a portal page's chrome rarely has more. */
const MAX_LINES = 30;
const MAX_TITLE = 60;
const TERMINAL = /[。！？!?；;]$/;
/** "您的位置：首页 > …", "当前位置：…", "首页 > 政务公开 > …", "首页»…": navigation, not a title. */
const BREADCRUMB = /^(?:您的?|当前|现在)?(?:所在)?位置\s*[:：]|^首页\s*[>＞»/]|(?:[>＞»]\s*[^>＞»]+){2}/;
/** A metadata label in front of the title ("标题：", "标 题", "文章标题：", "名称："). */
const LABEL = /^(?:文章|信息)?(?:标\s*题|名\s*称)\s*[:：|｜]?\s*/;

function clean(line: string): string {
  let t = collapseSpace(line.replace(/^\s*#+\s*/, ''));
  // Cell bars of a Markdown/pipe copy of a metadata table: "标题: | 某局2023年…报告 | ||".
  t = t.replace(/^[|｜\s]+|[|｜\s]+$/g, '');
  t = t.replace(LABEL, '').replace(/^[|｜\s]+/, '');
  return t;
}

/**
 * Whether two lines are one title broken in two: the second is no title by itself ("…政府信息公开" + "工作年度报告"),
 * or it is the dated rest of a title whose first line is the agency alone ("淮安市人民政府" + "2024年政府信息公开工作年度
 * 报告"), or the first line is the title's year alone ("2019" + "年上海市人民政府办公厅…报告", the digits in another
 * font of the PDF). A column name above a whole title ("政府信息公开" / "某局2021年…年度报告") is not part of it.
 */
function joins(line: string, second: string): boolean {
  // A year a PDF converter printed on a line of its own, the rest of the title after it ("2019" + "年上海市…报告").
  if (/^(?:19|20)\d{2}$/.test(line) && /^年/.test(second)) return true;
  if (!isReportTitle(second)) return true;
  return (
    /^(?:19|20)\d{2}|^[〇零○一二三四五六七八九]{4}年/.test(second) && !/信息公开|政务公开|年度?报告|年报/.test(line)
  );
}

/** The report body has begun: a section heading ("一、总体情况") — the title, if any, stood above it. */
function isBodyStart(line: string): boolean {
  const hit = matchSectionHeading(line);
  return hit !== undefined && hit.score >= 2;
}

function nextNonBlank(lines: readonly string[], i: number, stopAt: (index: number) => boolean): number | undefined {
  for (let j = i + 1; j < lines.length && j < i + 3; j++) {
    if (stopAt(j)) return undefined;
    if ((lines[j] as string).trim() !== '') return j;
  }
  return undefined;
}
