import { useParams } from 'react-router';
import { FollowUpPage } from '@/features/follow-up';

export function Component() {
  const { questionnaireId = '' } = useParams();
  return <FollowUpPage questionnaireId={questionnaireId} />;
}
