import { KeysPage } from '@/features/admin';

export const Component = KeysPage;
