import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { Loading } from '@/components/page';
import { useFairs, useParticipants } from './api';
import { saveSetup, type BoothSetup } from './booth-setup';

/** Picks the fair and the company once; both are remembered on this device. */
export function SetupForm(props: { initial: BoothSetup | null; onDone: (setup: BoothSetup) => void }) {
  const { t } = useTranslation();
  const fairs = useFairs(true);
  const [fairId, setFairId] = useState<string | null>(props.initial?.fair.id ?? null);
  const participants = useParticipants(fairId);
  if (fairs.isPending) return <Loading />;
  if (fairs.isError) return <p role="alert">{t('app.error', { message: fairs.error.message })}</p>;
  if (fairs.data.length === 0) return <p>{t('booth.noFairs')}</p>;
  const fair = fairs.data.find((f) => f.id === fairId);

  return (
    <div className="card">
      <Field label={t('booth.fair')}>
        {(id) => (
          <select id={id} value={fairId ?? ''} onChange={(e) => setFairId(e.target.value || null)}>
            <option value="">{t('booth.chooseFair')}</option>
            {fairs.data.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {fair ? (
        participants.isPending ? (
          <Loading />
        ) : participants.isError ? (
          <p role="alert">{t('app.error', { message: participants.error.message })}</p>
        ) : participants.data.length === 0 ? (
          <p>{t('booth.noCompanies')}</p>
        ) : (
          <Field label={t('booth.company')}>
            {(id) => (
              <select
                id={id}
                defaultValue={props.initial?.fair.id === fair.id ? props.initial.company.id : ''}
                onChange={(e) => {
                  const participant = participants.data.find((p) => p.companyId === e.target.value);
                  if (participant) props.onDone(saveSetup(fair, participant));
                }}
              >
                <option value="">{t('booth.chooseCompany')}</option>
                {participants.data.map((p) => (
                  <option key={p.companyId} value={p.companyId}>
                    {p.companyName}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )
      ) : null}
    </div>
  );
}
