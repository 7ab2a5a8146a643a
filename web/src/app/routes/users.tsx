import { UsersPage } from '@/features/admin';

export const Component = UsersPage;
