import { CreateAgenciesAndUsers1795380000000 } from './1795380000000-CreateAgenciesAndUsers.js';
import { CreateTradeShowRecords1795390000000 } from './1795390000000-CreateTradeShowRecords.js';
import { CreateFairOutcomes1795400000000 } from './1795400000000-CreateFairOutcomes.js';
import { CreatePartnerAccess1795500000000 } from './1795500000000-CreatePartnerAccess.js';
import { CreateImports1795600000000 } from './1795600000000-CreateImports.js';
import { CreateMatchmaking1795700000000 } from './1795700000000-CreateMatchmaking.js';
import { CreateSessions1795850000000 } from './1795850000000-CreateSessions.js';
import { ImportIgnoredColumns1795912000000 } from './1795912000000-ImportIgnoredColumns.js';
import { CreateChangeFeed1796000000000 } from './1796000000000-CreateChangeFeed.js';
import { OutcomeMarksFromChangeFeed1796000000010 } from './1796000000010-OutcomeMarksFromChangeFeed.js';
import { CreateWebhooks1796100000000 } from './1796100000000-CreateWebhooks.js';
import { CreateAccountMail1796200000000 } from './1796200000000-CreateAccountMail.js';
import { OutcomeGrainStatistics1796300000000 } from './1796300000000-OutcomeGrainStatistics.js';
import { CreateShipmentsAndFunnel1796400000000 } from './1796400000000-CreateShipmentsAndFunnel.js';
import { CreateFollowUps1796500000000 } from './1796500000000-CreateFollowUps.js';
import { FollowUpAnswersRecords1796600000000 } from './1796600000000-FollowUpAnswersRecords.js';
import { CompanyLanguage1796700000000 } from './1796700000000-CompanyLanguage.js';
import { FairOutcomeDocuments1796800000000 } from './1796800000000-FairOutcomeDocuments.js';
import { OutcomeGrainIndex1796900000000 } from './1796900000000-OutcomeGrainIndex.js';
import { OutcomeDocumentStamps1797000000000 } from './1797000000000-OutcomeDocumentStamps.js';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the app, the CLI and the test
 * template database all run the same set; a unit test fails when a file here is missing from the list.
 */
export const migrations = [
  CreateAgenciesAndUsers1795380000000,
  CreateTradeShowRecords1795390000000,
  CreateFairOutcomes1795400000000,
  CreatePartnerAccess1795500000000,
  CreateImports1795600000000,
  CreateMatchmaking1795700000000,
  CreateSessions1795850000000,
  ImportIgnoredColumns1795912000000,
  CreateChangeFeed1796000000000,
  OutcomeMarksFromChangeFeed1796000000010,
  CreateWebhooks1796100000000,
  CreateAccountMail1796200000000,
  OutcomeGrainStatistics1796300000000,
  CreateShipmentsAndFunnel1796400000000,
  CreateFollowUps1796500000000,
  FollowUpAnswersRecords1796600000000,
  CompanyLanguage1796700000000,
  FairOutcomeDocuments1796800000000,
  OutcomeGrainIndex1796900000000,
  OutcomeDocumentStamps1797000000000,
];
