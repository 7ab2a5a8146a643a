export { FairsPage } from './fairs-page';
export { FairPage } from './fair-page';
