import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/page';

/** Placeholder: the managers' dashboard work fills this page in. */
export function ConsultationsPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('pages.consultations')} />;
}
