export { FollowUpPage } from './follow-up-page';
