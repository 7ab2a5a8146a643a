import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import { QUEUES } from '../jobs/jobs.js';

export const QUEUE_BOARD_ROUTE = '/admin/queues';

/** Bull Board, the maintained BullMQ UI, at /admin/queues; `queue-board.auth.ts` admits admins only. */
@Module({
  imports: [
    BullBoardModule.forRoot({ route: QUEUE_BOARD_ROUTE, adapter: FastifyAdapter, boardOptions: { uiConfig: { boardTitle: 'Pavilion queues' } } }),
    ...Object.values(QUEUES).map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
  ],
})
export class QueueBoardModule {}
