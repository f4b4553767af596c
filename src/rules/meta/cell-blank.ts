/** cell-blank: what the rule is and says (its check: src/rules/cell-blank.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'cell-blank',
  severity: 'info',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '空白单元格（“/”“—”“无”或未填）按 0 计算；整表空白时提醒',
    en: 'Blank cells (“/”, “—”, “无” or empty) count as 0; a wholly blank table is flagged',
  },
  messages: {
    blanks: {
      zh: '{{table}}有 {{count}} 个空白单元格（“/”“—”“无”或未填），已按 0 计算；全国统一格式要求填写 0',
      en: '{{table}} has {{count}} blank cells (“/”, “—”, “无” or empty), counted as 0; the national format asks for 0 to be written',
    },
    tableBlank: {
      zh: '{{table}}整表空白（{{count}} 个单元格均未填写），无法核查其数据',
      en: '{{table}} is entirely blank ({{count}} cells left empty); its figures cannot be audited',
    },
  },
});
