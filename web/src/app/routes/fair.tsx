import { FairPage } from '@/features/outcomes';

export const Component = FairPage;
