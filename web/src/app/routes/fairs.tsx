import { FairsPage } from '@/features/outcomes';

export const Component = FairsPage;
