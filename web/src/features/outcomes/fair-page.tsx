import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/page';

/** Placeholder: the managers' dashboard work fills this page in. */
export function FairPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('pages.fair')} />;
}
