import { Agency } from '../agencies/agency.entity.js';
import { ApiKey } from '../api-keys/api-key.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Buyer } from '../buyers/buyer.entity.js';
import { IdempotencyKey } from '../common/idempotency-key.entity.js';
import { Company } from '../companies/company.entity.js';
import { Consultation } from '../consultations/consultation.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { ExchangeRate } from '../exchange-rates/exchange-rate.entity.js';
import { Fair } from '../fairs/fair.entity.js';
import { Shipment } from '../followups/shipments/shipment.entity.js';
import { Import, ImportError } from '../imports/import.entity.js';
import { Participation } from '../fairs/participation.entity.js';
import { OutcomeChange } from '../outcomes/outcome-change.entity.js';
import { FairOutcome, FairOutcomeCompany, FairOutcomeCountry, FairOutcomeDay, FairOutcomeMonth } from '../outcomes/outcome.entities.js';
import { User } from '../users/user.entity.js';

/** Every entity, listed once for the app and the migration CLI. */
export const entities = [
  Agency,
  User,
  Company,
  Fair,
  Participation,
  Buyer,
  Consultation,
  Contract,
  Shipment,
  ExchangeRate,
  OutcomeChange,
  IdempotencyKey,
  FairOutcome,
  FairOutcomeCompany,
  FairOutcomeCountry,
  FairOutcomeDay,
  FairOutcomeMonth,
  ApiKey,
  AuditEntry,
  Import,
  ImportError,
];
