import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { Page } from '@/components/page';
import { useMe } from '@/lib/auth/use-me';
import { addDays } from '@/lib/format';
import { useBoothDay } from './api';
import { fairToday, loadCurrency, loadSetup, type BoothSetup } from './booth-setup';
import { CaptureForm } from './capture-form';
import { DayEntries } from './day-entries';
import { DayTally } from './day-tally';
import { OutboxList } from './outbox-list';
import { SetupForm } from './setup-form';
import { flush, startSync, type SyncOptions } from './sync';
import { SyncStatus } from './sync-status';
import { useOutbox } from './use-outbox';

/** The booth, phone first: pick fair and company once, then log consultations; they sync when the network allows. */
export function BoothPage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const client = useQueryClient();
  const [setup, setSetup] = useState<BoothSetup | null>(loadSetup);
  const [changing, setChanging] = useState(false);
  const items = useOutbox(me.id);
  const [sync] = useState<SyncOptions>(() => ({
    userId: () => me.id,
    onSent: () => void client.invalidateQueries({ queryKey: ['booth', 'day'] }),
  }));
  useEffect(() => startSync(sync), [sync]);

  return (
    <Page title={t('pages.booth')}>
      {!setup || changing ? (
        <SetupForm
          initial={setup}
          onDone={(next) => {
            setSetup(next);
            setChanging(false);
          }}
        />
      ) : (
        <p className="setup-summary">
          <span>
            {setup.fair.name} · {setup.company.name}
          </span>
          <button type="button" className="link" onClick={() => setChanging(true)}>
            {t('booth.change')}
          </button>
        </p>
      )}
      <SyncStatus items={items} />
      {setup && !changing ? <BoothDay key={`${setup.fair.id}:${setup.company.id}`} setup={setup} userId={me.id} sync={sync} /> : null}
      <OutboxList items={items} onResend={() => void flush(sync)} />
    </Page>
  );
}

function BoothDay(props: { setup: BoothSetup; userId: string; sync: SyncOptions }) {
  const { t } = useTranslation();
  const { fair } = props.setup;
  const today = fairToday(fair);
  // A fair that is not on today (a paper log typed in afterwards): staff pick the day.
  const [day, setDay] = useState(today ?? fair.startsOn);
  const consultations = useBoothDay(fair.id, props.setup.company.id, day);

  return (
    <>
      {today === null ? (
        <Field label={t('booth.day')} hint={t('booth.dayHint')}>
          {(id, describedBy) => (
            <input
              id={id}
              type="date"
              min={addDays(fair.startsOn, -1)}
              max={addDays(fair.endsOn, 1)}
              value={day}
              aria-describedby={describedBy}
              onChange={(e) => e.target.value && setDay(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <CaptureForm setup={props.setup} day={day} userId={props.userId} currency={loadCurrency('USD')} onCaptured={() => void flush(props.sync)} />
      <DayTally consultations={consultations.data} userId={props.userId} />
      <DayEntries consultations={consultations.data} timeZone={fair.timezone} onReload={() => void consultations.refetch()} />
    </>
  );
}
