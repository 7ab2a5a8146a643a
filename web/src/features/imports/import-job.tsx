import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameFrom, saveBlob } from '@/lib/download';
import { formatNumber } from '@/lib/format';
import { fetchErrorsFile, isRunning, useImportJob } from './api';

/** One import: its state, a progress bar while it runs (polled), its counts and the rejected rows file. */
export function ImportJob(props: { id: string; fileName: string }) {
  const { t, i18n } = useTranslation();
  const job = useImportJob(props.id);
  const [problem, setProblem] = useState<string | null>(null);
  const n = (value: number | null) => (value === null ? '—' : formatNumber(value, i18n.language));

  async function downloadErrors() {
    setProblem(null);
    const result = await fetchErrorsFile(props.id);
    if ('status' in result) return setProblem(t('outcomes.downloadFailed', { status: result.status }));
    saveBlob(result.blob, fileNameFrom(result.disposition, 'import-errors.csv'));
  }

  if (!job.data) return <li className="card">{props.fileName}</li>;
  const data = job.data;
  const percent = Math.round(data.progress * 100);
  return (
    <li className="card" aria-busy={isRunning(data)}>
      <strong>{data.fileName}</strong> · <span className={data.state === 'failed' ? 'badge warn' : 'badge'}>{t(`imports.state.${data.state}`)}</span>
      {isRunning(data) ? (
        <div className="progress">
          <progress aria-label={t('imports.progress')} max={100} value={percent}>
            {percent}%
          </progress>
        </div>
      ) : null}
      <p>
        {data.rows.total === null
          ? t('imports.rowsUnknown')
          : t('imports.rows', {
              processed: n(data.rows.processed),
              total: n(data.rows.total),
              created: n(data.rows.created),
              duplicates: n(data.rows.duplicates),
              rejected: n(data.rows.rejected),
            })}
      </p>
      {data.failure ? <p role="alert">{t('imports.failure', { message: data.failure })}</p> : null}
      {data.rows.rejected > 0 && !isRunning(data) ? (
        <button type="button" onClick={() => void downloadErrors()}>
          {t('imports.errorsFile')}
        </button>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </li>
  );
}
