/** Agencies run all three and count them alike (전시회, 수출상담회, 시장개척단). */
export const FAIR_KINDS = ['trade_fair', 'consultation_meeting', 'trade_mission'] as const;
export type FairKind = (typeof FAIR_KINDS)[number];
