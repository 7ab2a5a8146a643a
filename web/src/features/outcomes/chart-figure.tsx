import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartLabels, type ChartVariant } from './chart';
import type { ChartData } from './chart-data';

/**
 * A chart with its numbers as a real table: visually hidden until "Show the numbers" is pressed, but
 * always in the page, so screen readers reach it and a copy of the page carries it. The table shows
 * the API's exact strings, formatted; the chart only draws them.
 */
export function ChartFigure(props: {
  title: string;
  data: ChartData;
  labels: ChartLabels;
  cell: (kind: 'money' | 'count', value: string) => string;
  categoryHeader: string;
  variant?: ChartVariant;
  height?: number;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const tableId = useId();
  const { data, labels } = props;
  const empty = data.categories.length === 0;
  return (
    <figure className="chart-figure">
      <figcaption>
        <h3>{props.title}</h3>
        {empty ? null : (
          <button type="button" className="link" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
            {open ? t('outcomes.hideTable') : t('outcomes.showTable')}
          </button>
        )}
      </figcaption>
      {empty ? <p className="muted">{t('outcomes.empty')}</p> : <Chart data={data} labels={labels} variant={props.variant} height={props.height} />}
      {empty ? null : (
        <div id={tableId} className={open ? 'chart-table' : 'chart-table visually-hidden'}>
          <table>
            <caption>{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.categoryHeader}</th>
                {data.series.map((series) => (
                  <th scope="col" key={series.name}>
                    {labels.series(series.name)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.categories.map((category, row) => (
                <tr key={category}>
                  <th scope="row">{labels.category(category)}</th>
                  {data.series.map((series) => (
                    <td key={series.name} className="num">
                      {props.cell(series.kind, series.values[row])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
