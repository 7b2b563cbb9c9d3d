import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createTestApi, type TestApi } from '../support/api';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtpServer() {
  const received: Received[] = [];
  let refuse = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (refuse) return callback(new Error('mailbox unavailable'));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    refuseMail(value: boolean) {
      refuse = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('mail through SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let api: TestApi;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await createTestApi('pglite', { smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('delivers the sign-in mail to the SMTP server', async () => {
    const res = await api.request('/api/auth/email', { json: { email: 'smtp@example.be' } });
    expect(res.status).toBe(200);
    await api.deps.outbox.drain();
    const mail = smtp.received.find((m) => m.to.includes('smtp@example.be'));
    expect(mail).toBeDefined();
    expect(mail!.raw).toMatch(/Subject: =\?UTF-8\?|Subject: Je inlogcode/);
    expect(mail!.raw).toMatch(/\d{6}/);
  });

  it('keeps a mail the server refuses and sends it on a later attempt', async () => {
    smtp.refuseMail(true);
    await api.request('/api/auth/email', { json: { email: 'later@example.be' } });
    await api.deps.outbox.drain();
    expect(smtp.received.some((m) => m.to.includes('later@example.be'))).toBe(false);

    smtp.refuseMail(false);
    // the retry is due after a back-off; make it due now
    const { outboxEmails } = await import('@zorgwaardering/db');
    await api.database.db.update(outboxEmails).set({ nextAttemptAt: new Date(0) });
    await api.deps.outbox.drain();
    expect(smtp.received.some((m) => m.to.includes('later@example.be'))).toBe(true);
  });
});
