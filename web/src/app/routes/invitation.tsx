import { AcceptInvitationPage } from '@/features/account';

export const Component = AcceptInvitationPage;
