import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { Page } from '@/components/page';
import { useFairList } from '@/lib/api/fairs';
import { importFormData, startImport, type ImportForm } from './api';
import { ImportJob } from './import-job';
import '@/components/dashboard.css';

const newKey = () => crypto.randomUUID();

/**
 * Upload a consultation or contract spreadsheet into a fair; the job runs in the worker and this page
 * follows it. The API has no list of imports, so the page lists the ones started here.
 */
export function ImportsPage() {
  const { t } = useTranslation();
  const fairs = useFairList();
  const [fairId, setFairId] = useState('');
  const [kind, setKind] = useState<ImportForm['kind']>('consultations');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [createMissing, setCreateMissing] = useState(false);
  // One key per distinct submission: changing any field makes a new one, resubmitting the same form reuses it.
  const [key, setKey] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [jobs, setJobs] = useState<{ id: string; fileName: string }[]>([]);
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setKey(newKey());
  };
  const selectedFair = fairId || fairs.data?.[0]?.id || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setMessage(t('imports.chooseFile'));
    setBusy(true);
    setMessage(null);
    try {
      const result = await startImport(importFormData(file, file.name, { fairId: selectedFair, kind, dryRun, createMissing }), key);
      if ('problem' in result) {
        const detail = result.problem.errors?.map((e) => `${e.field}: ${e.message}`).join('; ') || result.problem.detail || result.problem.title;
        return setMessage(t('imports.refused', { message: detail }));
      }
      const job = result.job;
      setJobs((list) => (list.some((j) => j.id === job.id) ? list : [{ id: job.id, fileName: job.fileName }, ...list]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('pages.imports')}>
      <form className="form-card" onSubmit={(event) => void submit(event)} aria-label={t('imports.upload')}>
        <h2>{t('imports.upload')}</h2>
        <Field label={t('imports.fair')}>
          {(id) => (
            <select id={id} value={selectedFair} onChange={(e) => changed(setFairId)(e.target.value)}>
              {(fairs.data ?? []).map((fair) => (
                <option key={fair.id} value={fair.id}>
                  {fair.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('imports.kind')}>
          {(id) => (
            <select id={id} value={kind} onChange={(e) => changed(setKind)(e.target.value as ImportForm['kind'])}>
              <option value="consultations">{t('imports.kindConsultations')}</option>
              <option value="contracts">{t('imports.kindContracts')}</option>
            </select>
          )}
        </Field>
        <Field label={t('imports.file')}>
          {(id) => <input id={id} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => changed(setFile)(e.target.files?.[0] ?? null)} />}
        </Field>
        <label className="check">
          <input type="checkbox" checked={dryRun} onChange={(e) => changed(setDryRun)(e.target.checked)} />
          {t('imports.dryRun')}
        </label>
        <label className="check">
          <input type="checkbox" checked={createMissing} onChange={(e) => changed(setCreateMissing)(e.target.checked)} />
          {t('imports.createMissing')}
        </label>
        {message ? <p role="alert">{message}</p> : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('imports.uploading') : t('imports.submit')}
          </button>
        </div>
      </form>
      <h2>{t('imports.recent')}</h2>
      {jobs.length === 0 ? (
        <p className="muted">{t('imports.none')}</p>
      ) : (
        <ul className="jobs">
          {jobs.map((job) => (
            <ImportJob key={job.id} id={job.id} fileName={job.fileName} />
          ))}
        </ul>
      )}
    </Page>
  );
}
