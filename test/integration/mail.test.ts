import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailSink, type ReceivedMail } from '../../server/src/platform/mail/mail-sink.js';
import { until } from './billing-helpers.js';
import { uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

function sinkOf(target: TestApp): MailSink {
  if (!target.services.mail.sink) throw new Error('this app runs without the development mail sink');
  return target.services.mail.sink;
}

function mailTo(sink: MailSink, to: string): Promise<ReceivedMail | undefined> {
  return until(
    async () => sink.messages().find((mail) => mail.to.includes(to)),
    (found) => found !== undefined,
    `mail to ${to}`,
    15_000,
  );
}

/** A loopback port that was free a moment ago, for a mail server that starts later. */
async function freePort(): Promise<number> {
  const probe = new MailSink();
  const url = await probe.listen(0);
  await probe.close();
  return Number(new URL(url).port);
}

describe('outbound mail', () => {
  it('delivers queued mail over SMTP to the local sink, and /dev/mail lists it with clickable links', async () => {
    const to = uniqueEmail('mail');
    const jobId = await app.services.mail.send({
      to,
      subject: 'Verify your email',
      text: `Hello.\n\nOpen ${app.url}/pricing?from=mail to go on.`,
    });
    expect(jobId).not.toBeNull();
    const received = await mailTo(sinkOf(app), to);
    expect(received?.subject).toBe('Verify your email');
    expect(received?.from).toBe('no-reply@carlo.local');
    expect(received?.text).toContain(`${app.url}/pricing?from=mail`);
    await until(
      () => app.services.mail.outbox.state(jobId ?? ''),
      (state) => state?.state === 'completed',
      'the job to complete',
    );
    const page = await fetch(`${app.url}/dev/mail`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain(`To ${to}`);
    expect(html).toContain(`<a href="${app.url}/pricing?from=mail">`);
  });

  it('sends a message with a key only once', async () => {
    const to = uniqueEmail('once');
    const key = `test-once-${to}`;
    expect(await app.services.mail.send({ to, subject: 'Once', text: 'one' }, key)).not.toBeNull();
    expect(await app.services.mail.send({ to, subject: 'Once', text: 'two' }, key)).toBeNull();
    await mailTo(sinkOf(app), to);
  });

  it('keeps retrying while the SMTP server is down and delivers once it is back', async () => {
    const port = await freePort();
    const down = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const server = new MailSink();
    try {
      expect(down.services.mail.sink).toBeNull();
      expect((await fetch(`${down.url}/dev/mail`)).status).toBe(404);
      const to = uniqueEmail('retry');
      const jobId = (await down.services.mail.send({ to, subject: 'Reset your password', text: 'Soon.' })) ?? '';
      // The first attempt fails with the connection refused; pg-boss schedules the next one.
      await until(
        () => down.services.mail.outbox.state(jobId),
        (state) => (state?.retryCount ?? 0) >= 1,
        'a failed first attempt',
        20_000,
      );
      expect(server.messages()).toEqual([]);
      await server.listen(port);
      const received = await mailTo(server, to);
      expect(received?.subject).toBe('Reset your password');
      await until(
        () => down.services.mail.outbox.state(jobId),
        (state) => state?.state === 'completed',
        'the retried job to complete',
      );
    } finally {
      await server.close();
      await down.close();
    }
  });
});
