import { Module } from '@nestjs/common';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import { Mailer } from './mailer.js';

/** The API side of mail: `Mailer.enqueue`. Import it where a feature sends mail. */
@Module({ providers: [MailOutboxRepository, Mailer], exports: [Mailer] })
export class MailModule {}
