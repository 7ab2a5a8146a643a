export const CONSULTATION_TYPES = ['booth', 'interpreted'] as const;
export type ConsultationType = (typeof CONSULTATION_TYPES)[number];

export const CONSULTATION_STAGES = ['consulted', 'follow_up', 'negotiating', 'won', 'lost'] as const;
export type ConsultationStage = (typeof CONSULTATION_STAGES)[number];
