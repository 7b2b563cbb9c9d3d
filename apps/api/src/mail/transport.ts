import { mailboxMessages, type Database } from '@zorgwaardering/db';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  data: Record<string, unknown>;
}

/** Where mail goes: a real SMTP server, or the local mailbox during development. */
export interface MailTransport {
  readonly kind: 'smtp' | 'mailbox';
  send(mail: OutgoingMail): Promise<void>;
  close?(): void;
}

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transporter.close(),
  };
}

/** Keeps every mail in the database table behind GET /api/dev/mailbox. */
export function mailboxTransport(db: Database): MailTransport {
  return {
    kind: 'mailbox',
    async send(mail) {
      await db.insert(mailboxMessages).values(mail);
    },
  };
}
