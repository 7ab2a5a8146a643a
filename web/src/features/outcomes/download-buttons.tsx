import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameFrom, saveBlob } from '@/lib/download';
import { fetchReport, type ReportFormat } from './api';

/** The XLSX and CSV reports, fetched with the bearer token and saved under the server's file name. */
export function DownloadButtons(props: { fairId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function download(format: ReportFormat) {
    setBusy(format);
    setProblem(null);
    try {
      const result = await fetchReport(props.fairId, format);
      if ('status' in result) return setProblem(t('outcomes.downloadFailed', { status: result.status }));
      saveBlob(result.blob, fileNameFrom(result.disposition, `outcome-report.${format}`));
    } catch {
      setProblem(t('outcomes.downloadFailed', { status: '—' }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="downloads" role="group" aria-label={t('outcomes.download')}>
      <button type="button" onClick={() => void download('xlsx')} disabled={busy !== null}>
        {busy === 'xlsx' ? t('outcomes.downloading') : t('outcomes.downloadXlsx')}
      </button>
      <button type="button" onClick={() => void download('csv')} disabled={busy !== null}>
        {busy === 'csv' ? t('outcomes.downloading') : t('outcomes.downloadCsv')}
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
