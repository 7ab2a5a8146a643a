/** `booth` and `interpreted` happen at the fair; `video` is a follow-up consultation after it (on site vs after). */
export const CONSULTATION_TYPES = ['booth', 'interpreted', 'video'] as const;
export type ConsultationType = (typeof CONSULTATION_TYPES)[number];

export const CONSULTATION_STAGES = ['consulted', 'follow_up', 'negotiating', 'won', 'lost'] as const;
export type ConsultationStage = (typeof CONSULTATION_STAGES)[number];

/** How promising the lead is, as staff judge it at the booth. */
export const LEAD_RATINGS = ['hot', 'warm', 'cold'] as const;
export type LeadRating = (typeof LEAD_RATINGS)[number];
