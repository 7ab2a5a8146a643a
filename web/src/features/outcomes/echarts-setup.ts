import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Only what the dashboard draws, registered on ECharts' tree-shakeable core. This module is loaded with
 * a dynamic import from the chart component, so it lands in a chunk of its own that only dashboard
 * routes fetch. SVG rather than canvas: crisp in screenshots and print, and light for a handful of bars.
 */
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
