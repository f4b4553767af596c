import { describe, expect, it } from 'vitest';
import { findTextTitle } from './text-title';

const title = (text: string) => findTextTitle(text.split('\n'), () => false)?.text;

describe('findTextTitle: the title of a text copy of a portal page', () => {
  it('reads the first line that names a report', () => {
    expect(title('新乡市公安局2023年政府信息公开工作年度报告\n一、总体情况\n…')).toBe(
      '新乡市公安局2023年政府信息公开工作年度报告',
    );
  });

  it('skips site chrome, breadcrumbs and the column name above the title', () => {
    const page = [
      '关怀版 无障碍',
      '您的位置:首页 > 信息公开 > 省统计局信息公开年报',
      '',
      '政府信息公开',
      '安徽省统计局2021年政府信息公开工作年度报告',
      '发布时间:2022-01-21',
    ];
    expect(title(page.join('\n'))).toBe('安徽省统计局2021年政府信息公开工作年度报告');
    expect(title('当前位置 > 首页 > 张家港市凤凰镇 > 政府信息公开年报\n\n凤凰镇2023年政府信息公开工作年度报告')).toBe(
      '凤凰镇2023年政府信息公开工作年度报告',
    );
  });

  it('drops a "标题：" label and the cell bars of a metadata table', () => {
    expect(title('标题: 平潭综合实验区2012年政府信息公开工作年度报告\n发布时间: 2013-02-25')).toBe(
      '平潭综合实验区2012年政府信息公开工作年度报告',
    );
    expect(title('标题: | 博山区人民政府办公室 2021年政府信息公开工作年度报告 | ||\n---|---|')).toBe(
      '博山区人民政府办公室 2021年政府信息公开工作年度报告',
    );
    expect(title('标   题 县政府办2022年度政府信息公开工作年度报告\n发布机构 县政府办公室')).toBe(
      '县政府办2022年度政府信息公开工作年度报告',
    );
  });

  it('joins a title a converter broke in two, but not a column name and the title under it', () => {
    expect(title('金乡县公安局 2023 年政府信息公开\n工作年度报告\n')).toBe(
      '金乡县公安局 2023 年政府信息公开工作年度报告',
    );
    expect(title('淮安市人民政府\n2024年政府信息公开工作年度报告')).toBe(
      '淮安市人民政府2024年政府信息公开工作年度报告',
    );
    expect(title('乡镇(街道办)\n昌荣镇2025年政府信息公开工作年度报告')).toBe('昌荣镇2025年政府信息公开工作年度报告');
  });

  it('joins the year a PDF converter put on a line of its own to the rest of the title ("2019" + "年…报告")', () => {
    expect(title('2019\n\n年上海市人民政府办公厅政府信息公开工作年度报告\n发布日期：2020-01-31')).toBe(
      '2019年上海市人民政府办公厅政府信息公开工作年度报告',
    );
    // A year line above a whole title that does not go on from it stays apart.
    expect(title('2019\n上海市人民政府办公厅2019年政府信息公开工作年度报告')).toBe(
      '上海市人民政府办公厅2019年政府信息公开工作年度报告',
    );
  });

  it('looks no further than the body: a sentence or a section heading ends the search', () => {
    expect(
      title(
        '根据《条例》要求，现公布桐梓县2022年政府信息公开工作年度报告。\n一、总体情况\n某局2021年政府信息公开工作年度报告',
      ),
    ).toBeUndefined();
    expect(findTextTitle(['表头', '某局2023年政府信息公开工作年度报告'], (i) => i === 1)).toBeUndefined();
  });
});

describe('findTextTitle on a 繁體 mirror', () => {
  it('finds the traditional title past a traditional breadcrumb, and keeps its characters', () => {
    const page =
      '當前位置: 首頁>> 工作動態>> 地方政務\n \n內蒙古自治區2012年政府信息公開工作年度報告\n來源:內蒙古自治區政府網站';
    expect(title(page)).toBe('內蒙古自治區2012年政府信息公開工作年度報告');
  });
});
