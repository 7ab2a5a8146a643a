import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ChangeRelay } from './change-relay.js';
import { ChangeRelayRepository } from './change-relay.repository.js';
import { ChangesQueueWorker } from './changes.worker.js';
import { PurgeChangesJob } from './jobs/purge-changes.job.js';
import { RelayChangesJob } from './jobs/relay-changes.job.js';

/** The worker side of the change feed: the relay that hands events to subscribers, and the purge. */
@Module({
  imports: [DiscoveryModule],
  providers: [ChangeRelay, ChangeRelayRepository, RelayChangesJob, PurgeChangesJob, ChangesQueueWorker],
})
export class ChangesWorkerModule {}
