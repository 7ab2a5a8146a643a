import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Page(props: { title: string; children?: ReactNode }) {
  return (
    <section className="page">
      <h1>{props.title}</h1>
      {props.children}
    </section>
  );
}

/** A route the dashboard work fills in; it names itself so navigation can be tested before then. */
export function PlaceholderPage(props: { title: string }) {
  const { t } = useTranslation();
  return (
    <Page title={props.title}>
      <p>{t('app.placeholder')}</p>
    </Page>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}
