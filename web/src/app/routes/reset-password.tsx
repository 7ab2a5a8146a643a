import { ResetPasswordPage } from '@/features/account';

export const Component = ResetPasswordPage;
