export { AcceptInvitationPage, ResetPasswordPage } from './account-pages';
