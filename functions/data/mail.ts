import { config } from '#functions/config.ts';
import { countMetric } from '#functions/metrics.ts';
import { ses } from './clients.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Optional attachments, e.g. an iCalendar entry. */
  attachments?: Array<{ fileName: string; contentType: string; content: string }>;
  /** Extra headers, e.g. List-Unsubscribe for one-click unsubscribe (RFC 8058). */
  headers?: Record<string, string>;
  /** Names the outbox message it belongs to, so SES's bounce and complaint events can be traced back. */
  tags?: Record<string, string>;
}

export type Mailer = {
  send(mail: OutgoingMail): Promise<void>;
};

/** Sends through SES v2 (its local stand-in speaks the same API). */
export const sesMailer: Mailer = {
  async send(mail) {
    const [client, { SendEmailCommand }] = await Promise.all([ses(), import('@aws-sdk/client-sesv2')]);
    const { MAIL_FROM, MAIL_CONFIGURATION_SET } = config();
    try {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: MAIL_FROM,
          // The configuration set sends bounce and complaint events to the feedback handler (AWS only).
          ...(MAIL_CONFIGURATION_SET
            ? {
                ConfigurationSetName: MAIL_CONFIGURATION_SET,
                EmailTags: Object.entries(mail.tags ?? {}).map(([Name, Value]) => ({ Name, Value })),
              }
            : {}),
          Destination: { ToAddresses: [mail.to] },
          Content: {
            Simple: {
              Subject: { Data: mail.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
              ...(mail.headers
                ? { Headers: Object.entries(mail.headers).map(([Name, Value]) => ({ Name, Value })) }
                : {}),
              ...(mail.attachments?.length
                ? {
                    Attachments: mail.attachments.map((attachment) => ({
                      FileName: attachment.fileName,
                      ContentType: attachment.contentType,
                      RawContent: new TextEncoder().encode(attachment.content),
                    })),
                  }
                : {}),
            },
          },
        }),
      );
    } catch (error) {
      countMetric('MailFailed');
      throw error;
    }
    countMetric('MailSent');
  },
};
