import { ContractsPage } from '@/features/records';

export const Component = ContractsPage;
