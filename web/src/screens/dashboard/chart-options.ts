import type { EChartsCoreOption } from 'echarts/core';

/** Red, orange and green dark enough for text on white; the legend and the table name what each colour is. */
export const COLOURS = { overdue: '#c92a2a', atRisk: '#d9480f', onTime: '#2b8a3e', late: '#c92a2a' };

export const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

const base = { tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 48, right: 48, top: 40, bottom: 32, containLabel: true } };

/** Tasks closed on time and late as stacked bars, the share on time as a line on its own axis (0–100 %). */
export function complianceOption(
  months: string[],
  onTime: number[],
  late: number[],
  percent: (number | null)[],
  names: { onTime: string; late: string; percent: string },
): EChartsCoreOption {
  return {
    ...base,
    xAxis: { type: 'category', data: months.map(monthLabel) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    ],
    series: [
      { name: names.onTime, type: 'bar', stack: 'closed', data: onTime, itemStyle: { color: COLOURS.onTime } },
      { name: names.late, type: 'bar', stack: 'closed', data: late, itemStyle: { color: COLOURS.late } },
      {
        name: names.percent,
        type: 'line',
        yAxisIndex: 1,
        data: percent,
        connectNulls: false,
        lineStyle: { color: '#1864ab' },
        itemStyle: { color: '#1864ab' },
      },
    ],
  };
}

/** One line per measure (median days by month); a month without a measure is a gap, not a zero. */
export function durationsOption(months: string[], lines: { name: string; data: (number | null)[] }[]): EChartsCoreOption {
  return {
    ...base,
    xAxis: { type: 'category', data: months.map(monthLabel) },
    yAxis: { type: 'value', min: 0 },
    series: lines.map((line) => ({ name: line.name, type: 'line', data: line.data, connectNulls: false, symbolSize: 8 })),
  };
}

/** Overdue and at-risk open work per agency as stacked horizontal bars. */
export function byAgencyOption(
  agencies: string[],
  overdue: number[],
  atRisk: number[],
  names: { overdue: string; atRisk: string },
): EChartsCoreOption {
  return {
    ...base,
    grid: { ...base.grid, left: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: agencies, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
    series: [
      { name: names.overdue, type: 'bar', stack: 'open', data: overdue, itemStyle: { color: COLOURS.overdue } },
      { name: names.atRisk, type: 'bar', stack: 'open', data: atRisk, itemStyle: { color: COLOURS.atRisk } },
    ],
  };
}
