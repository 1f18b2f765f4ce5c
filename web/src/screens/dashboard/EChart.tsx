import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

interface Props {
  option: echarts.EChartsCoreOption;
  /** What the chart shows, read out in place of the drawing (echarts' aria: role="img" with this label). */
  description: string;
  testId: string;
}

/** One echarts chart (SVG), resized with its box; loaded on demand so the rest of the app does not carry echarts. */
export default function EChart({ option, description, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const instance = echarts.init(box.current!, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ ...option, aria: { enabled: true, label: { description } } }, true);
  }, [option, description]);
  return <div ref={box} data-testid={testId} style={{ width: '100%', height: 280 }} />;
}
