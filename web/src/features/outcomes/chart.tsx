import { useEffect, useRef } from 'react';
import type { ChartData } from './chart-data';
import { chartNumber } from './chart-data';

export interface ChartLabels {
  /** Text of each category label (names, formatted dates, translated words). */
  category: (raw: string) => string;
  series: (name: string) => string;
  money: (value: number) => string;
  count: (value: number) => string;
}

const COLOURS = ['#0b5394', '#e69138', '#38761d', '#a61c00'];

/** The ECharts option for a bar chart of `data`: money on one axis and counts on a second when both appear. */
function optionFor(data: ChartData, labels: ChartLabels) {
  const kinds = [...new Set(data.series.map((series) => series.kind))];
  return {
    color: COLOURS,
    animation: false,
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' as const },
    xAxis: { type: 'category' as const, data: data.categories.map(labels.category), axisLabel: { interval: 0, rotate: data.categories.length > 6 ? 30 : 0 } },
    yAxis: kinds.map((kind) => ({
      type: 'value' as const,
      axisLabel: { formatter: (value: number) => (kind === 'money' ? labels.money(value) : labels.count(value)) },
    })),
    series: data.series.map((series) => ({
      type: 'bar' as const,
      name: labels.series(series.name),
      yAxisIndex: kinds.indexOf(series.kind),
      data: series.values.map(chartNumber),
      tooltip: { valueFormatter: (value: unknown) => (series.kind === 'money' ? labels.money(Number(value)) : labels.count(Number(value))) },
    })),
  };
}

/**
 * A chart drawn by ECharts, fetched on first use (dynamic import: the booth never downloads it). It is
 * decoration for sighted readers, so hidden from assistive technology: the figure's table carries the
 * same numbers for screen readers and copying.
 */
export function Chart(props: { data: ChartData; labels: ChartLabels; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<{ setOption: (option: unknown, notMerge?: boolean) => void; dispose: () => void; resize: () => void } | null>(null);
  const { data, labels } = props;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echarts-setup').then(({ echarts }) => {
      if (disposed || !element.current) return;
      const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
      chart.current = instance;
      instance.setOption(optionFor(data, labels), true);
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(element.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // The instance lives as long as the element; new data goes through setOption below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    chart.current?.setOption(optionFor(data, labels), true);
  }, [data, labels]);

  return <div ref={element} className="chart" style={{ height: props.height ?? 280 }} aria-hidden="true" />;
}
