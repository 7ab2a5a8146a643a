import { ConsultationsPage } from '@/features/records';

export const Component = ConsultationsPage;
