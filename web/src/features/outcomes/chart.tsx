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

/** Vertical bars (the default), horizontal bars (stages read top to bottom), or lines (a curve over time). */
export type ChartVariant = 'bar' | 'horizontal' | 'line';

/** The ECharts option for `data` (its drawn series): money on one value axis and counts on a second when both appear. */
function optionFor(data: ChartData, labels: ChartLabels, variant: ChartVariant) {
  const drawn = data.series.filter((series) => !series.tableOnly);
  const kinds = [...new Set(drawn.map((series) => series.kind))];
  const horizontal = variant === 'horizontal';
  const categoryAxis = {
    type: 'category' as const,
    data: data.categories.map(labels.category),
    // Horizontal: the first category on top, as a funnel reads.
    ...(horizontal ? { inverse: true } : { axisLabel: { interval: 0, rotate: data.categories.length > 6 ? 30 : 0 } }),
  };
  const valueAxes = kinds.map((kind, index) => ({
    type: 'value' as const,
    ...(horizontal ? { position: index === 0 ? ('bottom' as const) : ('top' as const) } : {}),
    axisLabel: { formatter: (value: number) => (kind === 'money' ? labels.money(value) : labels.count(value)) },
  }));
  return {
    color: COLOURS,
    animation: false,
    grid: { left: 8, right: 8, top: horizontal && kinds.length > 1 ? 60 : 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' as const },
    xAxis: horizontal ? valueAxes : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxes,
    series: drawn.map((series) => ({
      type: variant === 'line' ? ('line' as const) : ('bar' as const),
      name: labels.series(series.name),
      [horizontal ? 'xAxisIndex' : 'yAxisIndex']: kinds.indexOf(series.kind),
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
export function Chart(props: { data: ChartData; labels: ChartLabels; variant?: ChartVariant; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<{ setOption: (option: unknown, notMerge?: boolean) => void; dispose: () => void; resize: () => void } | null>(null);
  const { data, labels } = props;
  const variant = props.variant ?? 'bar';

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echarts-setup').then(({ echarts }) => {
      if (disposed || !element.current) return;
      const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
      chart.current = instance;
      instance.setOption(optionFor(data, labels, variant), true);
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
    chart.current?.setOption(optionFor(data, labels, variant), true);
  }, [data, labels, variant]);

  return <div ref={element} className="chart" style={{ height: props.height ?? 280 }} aria-hidden="true" />;
}
