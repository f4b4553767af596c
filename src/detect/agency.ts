import { collapseSpace, foldWidth } from '../text/normalise';
import { isReportTitle } from './title';

/**
 * The agency named in a report's title, and what kind of body it is: a whole government (本级人民政府, deadline
 * 3月31日) or a department, 乡镇 or 街道 (1月31日) — 条例 第四十九条, template-2021.md §7. The title is read once,
 * by the extraction (`Report.agency`); the rules judge that name.
 */

/**
 * The agency as the report's title names it: the text before the year ("新乡市公安局 2023 年…" → "新乡市公安局"), or
 * between the year and 政府信息公开 ("2023年北京市政府信息公开…" → "北京市"). What the title says is stored as is
 * ("公安局 2022 年…" → "公安局"); judging whether the place is missing is a rule's job. Undefined when the title
 * names no agency.
 */
export function agencyFromTitle(title: string): string | undefined {
  const t = collapseSpace(foldWidth(title))
    .replace(/^[#*\s]+/u, '')
    .replace(/^[《“"]+|[》”"]+$/g, '');
  const year = YEAR.exec(t);
  let candidate: string;
  if (year !== null && year.index > 0) candidate = t.slice(0, year.index);
  else {
    const afterYear = year === null ? t : t.slice(year.index + year[0].length);
    const subject = SUBJECT.exec(afterYear);
    candidate = subject === null ? '' : afterYear.slice(0, subject.index);
  }
  candidate = candidate
    .replace(/^关于/, '')
    .replace(/(?:的|关于|[(（:：,，、\s-])+$/u, '')
    .trim();
  return /[\p{Script=Han}A-Za-z]/u.test(candidate) ? candidate : undefined;
}

/** The agency of a report by its title: only a report's own title names it; a news headline's subject is not one. */
export function reportAgency(title: string | undefined): string | undefined {
  return title === undefined || !isReportTitle(title) ? undefined : agencyFromTitle(title);
}

const YEAR = /(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年度?/;
const SUBJECT = /(?:本级)?(?:政府信息公开|政务公开|信息公开)/;

/** What kind of body an agency name denotes; undefined when it cannot be told. */
export type AgencyLevel = 'government' | 'department' | 'national';

/** Classifies an agency name (see the module comment); undefined when unsure. */
export function agencyLevel(agency: string): AgencyLevel | undefined {
  if (!agency) return undefined;
  if (NATIONAL.test(agency)) return 'national';
  // 乡镇 and 街道 are named with the departments in rules.md's deadline (1月31日), even as 镇人民政府.
  if (TOWNSHIP.test(agency)) return 'department';
  if (/(?:人民政府|政府)$/u.test(agency)) return 'government';
  if (/(?:办公室|办公厅|办)$/u.test(agency) && /政府/u.test(agency)) return 'department';
  if (AGENCY_SUFFIX.test(agency)) return 'department';
  if (BARE_PLACE.test(agency)) return 'government';
  return undefined;
}

/**
 * True when the agency is a bare function name with no place: "公安局", "市公安局", "财政局". Deliberately narrow:
 * only a known function vocabulary counts, so "金乡公安局" (a place without 县) is never flagged.
 */
export function lacksPlace(agency: string): boolean {
  return GENERIC_AGENCY.test(agency) && !NATIONAL.test(agency);
}

const NATIONAL = /^(?:国家|中国|中华人民共和国|国务院|中央|全国)|(?:部|总署|总局)$/u;
const TOWNSHIP = /(?:镇|乡|街道|街道办事处|办事处|苏木)(?:人民政府|政府)?$/u;
const AGENCY_SUFFIX = /(?:局|委|委员会|办|办公室|厅|院|中心|所|队|支队|大队|站|处|署|会|公司|室|馆|社|团|联)$/u;
const BARE_PLACE = /^[\u4e00-\u9fff]{1,14}?(?:省|市|县|区|旗|州|盟|自治区|自治州|自治县|特别行政区)$/u;

/** Function names of local agencies (with common abbreviations); a place name is never among them. */
const FUNCTIONS = [
  '公安',
  '交警',
  '消防救援',
  '消防',
  '财政',
  '教育',
  '教育体育',
  '教体',
  '卫生健康',
  '卫健',
  '卫生',
  '民政',
  '人力资源和社会保障',
  '人力资源社会保障',
  '人社',
  '自然资源和规划',
  '自然资源',
  '规划',
  '国土资源',
  '生态环境',
  '环境保护',
  '环保',
  '住房和城乡建设',
  '住房城乡建设',
  '住建',
  '城乡建设',
  '建设',
  '交通运输',
  '交通',
  '水利',
  '水务',
  '农业农村',
  '农业',
  '林业',
  '林业和草原',
  '商务',
  '文化和旅游',
  '文化广电和旅游',
  '文化广电旅游',
  '文化旅游',
  '文旅',
  '广播电视',
  '体育',
  '统计',
  '医疗保障',
  '医保',
  '市场监督管理',
  '市场监管',
  '应急管理',
  '审计',
  '司法',
  '税务',
  '城市管理',
  '城管',
  '综合行政执法',
  '退役军人事务',
  '发展和改革',
  '发展改革',
  '发改',
  '工业和信息化',
  '工信',
  '经济和信息化',
  '经信',
  '科学技术',
  '科技',
  '国有资产监督管理',
  '国资',
  '信访',
  '人民防空',
  '人防',
  '粮食和物资储备',
  '粮食',
  '地方金融监督管理',
  '金融',
  '行政审批服务',
  '行政审批',
  '政务服务',
  '数据资源',
  '大数据',
  '公共资源交易',
  '机关事务管理',
  '机关事务',
  '民族宗教事务',
  '民族宗教',
  '外事',
  '侨务',
  '档案',
  '地震',
  '气象',
  '住房公积金管理',
  '公积金',
  '乡村振兴',
  '扶贫开发',
  '投资促进',
  '招商',
  '口岸',
  '海洋',
  '渔业',
  '畜牧',
  '畜牧兽医',
  '农机',
  '房产管理',
  '房管',
  '园林',
  '园林绿化',
  '新闻出版',
  '广电',
  '政府',
  '人民政府',
  '编制',
  '网信',
  '保密',
  '妇女联合',
  '残疾人联合',
];
const LOCAL_SUFFIX = '(?:局|分局|委员会|委|办公室|办|厅|中心|支队|大队|院|站|所)';
const GENERIC_AGENCY = new RegExp(
  `^(?:[省市县区州旗镇乡]|本|我)?(?:(?:${[...FUNCTIONS].sort((a, b) => b.length - a.length).join('|')})(?:和|与|及|、)?)+${LOCAL_SUFFIX}$`,
  'u',
);
