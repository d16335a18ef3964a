import type { AddressInfo } from 'node:net';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the sink received it over SMTP, parsed for the dev page and tests. */
export type ReceivedMail = { id: number; from: string; to: string[]; subject: string; text: string; receivedAt: Date };

/** The newest messages kept in memory; the sink is for a developer's eyes, not an archive. */
const KEPT = 200;

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((group) => group.value.map((entry) => entry.address ?? '')).filter((address) => address !== '');
}

/**
 * A local SMTP server that accepts every message and keeps it: on embedded defaults Carlo sends
 * its mail here over real SMTP, so sign-up works on a machine without a mail server. Loopback only,
 * no TLS and no authentication, and never started in production.
 */
export class MailSink {
  private readonly received: ReceivedMail[] = [];
  private nextId = 1;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'Carlo development mail sink',
    size: 1_048_576,
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          this.received.unshift({
            id: this.nextId++,
            from: addresses(parsed.from)[0] ?? '',
            to: addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: new Date(),
          });
          this.received.length = Math.min(this.received.length, KEPT);
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });

  /** Listens on 127.0.0.1 (port 0 picks a free one) and returns the SMTP URL to send to. */
  async listen(port: number): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** Newest first. */
  messages(): readonly ReceivedMail[] {
    return this.received;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
