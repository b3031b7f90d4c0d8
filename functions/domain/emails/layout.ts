import type { OutgoingMail } from '#functions/data/mail.ts';
import type { Language } from '#shared/schemas/common.ts';
import { escapeMarkup as escapeHtml } from '../markup.ts';

/** One language's part of a bilingual email: paragraphs, and an optional call to action. */
export interface MailPart {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footnote?: string;
}

/**
 * A bilingual email: the reader's language first, the other below it, in text and in HTML.
 * Every part is plain text here and escaped once, on the way into HTML.
 */
export function bilingualMail(to: string, first: Language, parts: Record<Language, MailPart>): OutgoingMail {
  const order: Language[] = first === 'az' ? ['az', 'en'] : ['en', 'az'];
  const [a, b] = order.map((language) => parts[language]) as [MailPart, MailPart];
  const asText = (part: MailPart) =>
    [...part.paragraphs, ...(part.action ? [`${part.action.label}: ${part.action.url}`] : []), part.footnote ?? '']
      .filter(Boolean)
      .join('\n\n');
  const asHtml = (part: MailPart, language: Language) =>
    `<div lang="${language}">${part.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}${
      part.action
        ? `<p><a href="${escapeHtml(part.action.url)}" style="display:inline-block;padding:10px 16px;background:#0b4a6f;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(part.action.label)}</a></p>`
        : ''
    }${part.footnote ? `<p style="color:#555;font-size:13px">${escapeHtml(part.footnote)}</p>` : ''}</div>`;
  return {
    to,
    subject: `${a.subject} · ${b.subject}`,
    text: `${asText(a)}\n\n— — —\n\n${asText(b)}\n`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1f24">${asHtml(a, order[0] as Language)}<hr>${asHtml(b, order[1] as Language)}</body></html>`,
  };
}
