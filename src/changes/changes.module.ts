import { Global, Module } from '@nestjs/common';
import { ChangeFeed } from './change-feed.js';

/** The write side of the change feed, for every process that writes records (API, worker, CLI). */
@Global()
@Module({
  providers: [ChangeFeed],
  exports: [ChangeFeed],
})
export class ChangesModule {}
