import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/page';

/** Placeholder: the managers' dashboard work fills this page in. */
export function UsersPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('pages.users')} />;
}
