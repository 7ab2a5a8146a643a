export { UsersPage } from './users-page';
export { KeysPage } from './keys-page';
