import { ImportsPage } from '@/features/imports';

export const Component = ImportsPage;
