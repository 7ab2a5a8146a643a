import { BoothPage } from '@/features/booth';

export const Component = BoothPage;
