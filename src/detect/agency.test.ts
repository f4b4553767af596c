import { describe, expect, it } from 'vitest';
import { agencyFromTitle, agencyLevel, lacksPlace } from './agency';

describe('agencyFromTitle, the one reading of a title’s agency', () => {
  it.each([
    ['金乡县公安局 2023 年政府信息公开工作年度报告', '金乡县公安局'],
    ['# 新乡市公安局 2023 年政府信息公开工作年度报告', '新乡市公安局'],
    ['公安局 2022 年政府信息公开工作年度报告', '公安局'],
    ['北京市2023年政府信息公开工作年度报告', '北京市'],
    ['关于清河县人民政府政府信息公开工作年度报告', '清河县人民政府'],
    ['2023年政府信息公开工作年度报告', undefined],
    ['', undefined],
  ])('%j → %j', (title, agency) => {
    expect(agencyFromTitle(title)).toBe(agency);
  });
});
describe('agencyLevel', () => {
  it.each([
    ['清河县人民政府', 'government'],
    ['示例市政府', 'government'],
    ['北京市', 'government'],
    ['济源示范区', 'government'],
    ['金乡县公安局', 'department'],
    ['清河县人民政府办公室', 'department'],
    ['白沙镇人民政府', 'department'],
    ['东华街道办事处', 'department'],
    ['镇江市人民政府', 'government'],
    ['公安部', 'national'],
    ['国家税务总局清河县税务局', 'national'],
    ['', undefined],
    ['某某', undefined],
  ])('%j → %s', (agency, level) => {
    expect(agencyLevel(agency)).toBe(level);
  });
});

describe('lacksPlace', () => {
  it.each(['公安局', '市公安局', '县人力资源和社会保障局', '市场监督管理局', '区卫生健康委员会', '自然资源和规划局'])(
    '%s lacks its place',
    (agency) => {
      expect(lacksPlace(agency)).toBe(true);
    },
  );

  it.each(['金乡县公安局', '金乡公安局', '济源示范区公安局', '公安部', '国家统计局', '北京市', '清河县人民政府', ''])(
    '%s is left alone',
    (agency) => {
      expect(lacksPlace(agency)).toBe(false);
    },
  );
});
