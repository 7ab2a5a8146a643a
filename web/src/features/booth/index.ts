export { BoothPage } from './booth-page';
