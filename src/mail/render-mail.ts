import escapeHtml from 'escape-html';
import type { Language } from '../common/language.js';
import { type MailContent, type MailContext, type MailTemplateName, type MailTemplates, TEMPLATES } from './mail-templates.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Plain text, and the same as simple HTML (inline styles only: mail clients drop style sheets). */
export function renderMail<T extends MailTemplateName>(template: T, language: Language, params: MailTemplates[T], context: MailContext): RenderedMail {
  const content: MailContent = TEMPLATES[template][language](params, context);
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    ...(content.footer ? [content.footer] : []),
  ].join('\n\n');
  const paragraph = (body: string) => `<p style="margin:0 0 16px">${escapeHtml(body)}</p>`;
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:sans-serif;font-size:15px;line-height:1.5;color:#1f2933;max-width:560px;margin:0 auto;padding:24px">',
    ...content.paragraphs.map(paragraph),
    ...(content.action
      ? [
          `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#0b5cad;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`,
          `<p style="margin:0 0 16px;font-size:13px;color:#52606d">${escapeHtml(content.action.url)}</p>`,
        ]
      : []),
    ...(content.footer ? [`<p style="margin:24px 0 0;font-size:13px;color:#52606d">${escapeHtml(content.footer)}</p>`] : []),
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}
