export { ConsultationsPage } from './consultations-page';
export { ContractsPage } from './contracts-page';
