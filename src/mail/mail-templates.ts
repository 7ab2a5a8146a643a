import type { Language } from '../common/language.js';

/**
 * Every mail Pavilion sends, with the parameters its template takes. To add one: a line here, and its
 * Korean and English text in TEMPLATES below (the compiler insists on both). Parameters are stored in
 * the outbox until the mail is sent, then cleared, so a link's token may be one of them.
 */
export interface MailTemplates {
  /** An admin invited someone to the agency; the link sets their password. */
  invitation: { agencyName: string; role: 'staff' | 'manager' | 'admin'; token: string; validDays: number };
  /**
   * An admin invited an email that has an account in another agency: the admin is answered as for any
   * email (so learns nothing), and the address gets this notice instead of a link.
   */
  'invitation-account-exists': { agencyName: string };
  /** "Forgot password": the link sets a new one. */
  'password-reset': { token: string; validMinutes: number };
  /** A follow-up round opened: the company's self-report link (src/followups). */
  'followup-invitation': FollowUpMailParams;
  /** The company has not answered yet. */
  'followup-reminder': FollowUpMailParams;
}

export interface FollowUpMailParams {
  companyName: string;
  fairName: string;
  round: number;
  monthsAfter: number;
  questionnaireId: string;
  token: string;
  /** The link's last day, in the fair's time zone (YYYY-MM-DD). */
  expiresOn: string;
}
export type MailTemplateName = keyof MailTemplates;

/** What a template writes: the subject, the paragraphs (plain text, escaped for HTML) and one button link. */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** After the button: e.g. "if you did not ask for this, ignore this mail". */
  footer?: string;
}

/** Builds absolute links from the configured public URL (PUBLIC_URL). */
export interface MailContext {
  link(path: string): string;
}

type Template<P> = Record<Language, (params: P, context: MailContext) => MailContent>;

const ROLE_NAMES: Record<Language, Record<MailTemplates['invitation']['role'], string>> = {
  ko: { staff: '직원', manager: '매니저', admin: '관리자' },
  en: { staff: 'staff member', manager: 'manager', admin: 'admin' },
};

// Tokens travel in the fragment: browsers send it to no server, so it stays out of logs and Referer headers.
const invitationLink = (token: string, context: MailContext) => context.link(`/app/invitation#token=${encodeURIComponent(token)}`);
const resetLink = (token: string, context: MailContext) => context.link(`/app/reset-password#token=${encodeURIComponent(token)}`);

const followUpLink = (p: FollowUpMailParams, context: MailContext) => context.link(`/app/follow-up/${p.questionnaireId}#${p.token}`);

const followUp = (reminder: boolean): Template<FollowUpMailParams> => ({
  ko: (p, context) => ({
    subject: `[Pavilion] ${reminder ? '(다시 안내) ' : ''}${p.fairName} 참가 후속 조사 (${p.round}차)`,
    paragraphs: [
      `${p.companyName} 담당자님, ${p.fairName} 한국관에 참가해 주셔서 감사합니다.`,
      `전시회 ${p.monthsAfter}개월 후 성과를 여쭙습니다: 진행 중인 상담의 현재 단계, 전시회 이후 체결한 계약, 추진 중인 계약, 선적 실적, 그리고 한국관에 대한 만족도입니다. 계정 없이 아래 링크에서 답하실 수 있습니다 (${p.expiresOn}까지).`,
    ],
    action: { label: '조사에 답하기', url: followUpLink(p, context) },
    footer: '이 링크는 귀사 전용입니다. 다른 분과 공유하지 마세요.',
  }),
  en: (p, context) => ({
    subject: `[Pavilion] ${reminder ? 'Reminder: ' : ''}${p.fairName} follow-up (round ${p.round})`,
    paragraphs: [
      `Dear ${p.companyName}, thank you for exhibiting in the pavilion at ${p.fairName}.`,
      `${p.monthsAfter} months on, we would like to know how it went: where your open consultations stand, contracts signed and still expected, shipments made, and how satisfied you were with the pavilion. Answer at the link below, no account needed (until ${p.expiresOn}).`,
    ],
    action: { label: 'Answer the questionnaire', url: followUpLink(p, context) },
    footer: 'This link is for your company only: please do not share it.',
  }),
});

export const TEMPLATES: { [T in MailTemplateName]: Template<MailTemplates[T]> } = {
  'followup-invitation': followUp(false),
  'followup-reminder': followUp(true),
  invitation: {
    ko: (p, context) => ({
      subject: `[Pavilion] ${p.agencyName}에 초대되었습니다`,
      paragraphs: [
        `${p.agencyName}에서 Pavilion ${ROLE_NAMES.ko[p.role]}(으)로 초대했습니다.`,
        `아래 링크에서 비밀번호를 설정하면 계정이 활성화됩니다. 링크는 ${p.validDays}일 동안 한 번만 사용할 수 있습니다.`,
      ],
      action: { label: '비밀번호 설정하기', url: invitationLink(p.token, context) },
      footer: '초대를 예상하지 못하셨다면 이 메일을 무시하셔도 됩니다.',
    }),
    en: (p, context) => ({
      subject: `[Pavilion] You are invited to ${p.agencyName}`,
      paragraphs: [
        `${p.agencyName} invited you to Pavilion as a ${ROLE_NAMES.en[p.role]}.`,
        `Set your password at the link below to activate your account. The link works once, for ${p.validDays} days.`,
      ],
      action: { label: 'Set your password', url: invitationLink(p.token, context) },
      footer: 'If you did not expect this invitation, you can ignore this mail.',
    }),
  },
  'invitation-account-exists': {
    ko: (p, context) => ({
      subject: `[Pavilion] ${p.agencyName}의 초대를 받으셨습니다`,
      paragraphs: [
        `${p.agencyName}에서 이 이메일 주소로 Pavilion에 초대했습니다.`,
        '이 주소로는 이미 Pavilion 계정이 있어 초대를 수락할 수 없습니다. 한 이메일 주소는 한 기관의 계정에만 쓸 수 있습니다. 기존 계정은 바뀌지 않았습니다.',
        `${p.agencyName}에 참여하려면 다른 이메일 주소로 초대해 달라고 요청하세요.`,
      ],
      action: { label: 'Pavilion 로그인', url: context.link('/app/') },
      footer: '초대를 예상하지 못하셨다면 이 메일을 무시하셔도 됩니다.',
    }),
    en: (p, context) => ({
      subject: `[Pavilion] ${p.agencyName} invited you`,
      paragraphs: [
        `${p.agencyName} invited this email address to Pavilion.`,
        'This address already has a Pavilion account, so the invitation cannot be accepted with it: an email address belongs to one agency\'s account only. Your account is unchanged.',
        `To join ${p.agencyName}, ask them to invite another address of yours.`,
      ],
      action: { label: 'Sign in to Pavilion', url: context.link('/app/') },
      footer: 'If you did not expect this invitation, you can ignore this mail.',
    }),
  },
  'password-reset': {
    ko: (p, context) => ({
      subject: '[Pavilion] 비밀번호 재설정',
      paragraphs: [
        'Pavilion 계정의 비밀번호 재설정을 요청하셨습니다.',
        `아래 링크에서 새 비밀번호를 설정하세요. 링크는 ${p.validMinutes}분 동안 한 번만 사용할 수 있습니다.`,
      ],
      action: { label: '새 비밀번호 설정하기', url: resetLink(p.token, context) },
      footer: '요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.',
    }),
    en: (p, context) => ({
      subject: '[Pavilion] Reset your password',
      paragraphs: [
        'Someone asked to reset the password of your Pavilion account.',
        `Set a new password at the link below. The link works once, for ${p.validMinutes} minutes.`,
      ],
      action: { label: 'Set a new password', url: resetLink(p.token, context) },
      footer: 'If you did not ask for this, ignore this mail: your password stays as it is.',
    }),
  },
};
