import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { sleep } from './worker.js';

/** A mail the test server accepted, parsed. */
export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  language: string | undefined;
  /** The link of the mail's button (the first http(s) URL of its text). */
  link: string | undefined;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Answers the next `count` messages to `to` (after DATA) with this SMTP reply, e.g. 451 or 550. */
  failNext(to: string, count: number, code: number, message?: string): void;
  /** Mails to this address received so far. */
  mailsTo(address: string): ReceivedMail[];
  /** Waits until `count` mails to the address have arrived (fails after `timeoutMs`), and returns them. */
  waitForMails(address: string, count?: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process (the `smtp-server` package; messages parsed with
 * `mailparser`): point SMTP_URL at `url`. No TLS, any or no authentication accepted.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const failures: { to: string; code: number; message: string }[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
      const index = failures.findIndex((failure) => recipients.includes(failure.to));
      const failure = index === -1 ? undefined : failures.splice(index, 1)[0];
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          if (failure) {
            const error = Object.assign(new Error(failure.message), { responseCode: failure.code });
            return callback(error);
          }
          received.push(toReceived(mail, session));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const mailsTo = (address: string) => received.filter((mail) => mail.to.includes(address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext(to, count, code, message = code >= 500 ? 'Mailbox unavailable' : 'Try again later') {
      for (let i = 0; i < count; i += 1) failures.push({ to: to.toLowerCase(), code, message });
    },
    mailsTo,
    async waitForMails(address, count = 1, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (mailsTo(address).length < count) {
        if (Date.now() > deadline) throw new Error(`${mailsTo(address).length} mail(s) to ${address} after ${timeoutMs} ms, expected ${count}`);
        await sleep(50);
      }
      return mailsTo(address);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function toReceived(mail: ParsedMail, session: SMTPServerSession): ReceivedMail {
  const text = mail.text ?? '';
  return {
    to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    subject: mail.subject ?? '',
    text,
    html: typeof mail.html === 'string' ? mail.html : '',
    messageId: mail.messageId ?? '',
    language: /<html lang="(\w+)"/.exec(typeof mail.html === 'string' ? mail.html : '')?.[1],
    link: /https?:\/\/\S+/.exec(text)?.[0],
  };
}

/** The token of a mail's link (`…#token=<token>`). */
export function tokenOf(mail: ReceivedMail): string {
  const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.link ?? '')?.[1];
  if (!token) throw new Error(`no token link in mail "${mail.subject}"`);
  return token;
}
