export const MEETING_STATUSES = ['requested', 'accepted', 'declined', 'scheduled', 'held', 'no_show', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Statuses that hold a slot: the exclusion constraints keep these from overlapping. */
export const SLOTTED: MeetingStatus[] = ['scheduled', 'held', 'no_show'];

export type MeetingAction = 'accept' | 'decline' | 'cancel' | 'hold' | 'noShow';

/**
 * The lifecycle: requested → accepted | declined; accepted → scheduled (slot, table, interpreter) →
 * held | no_show; cancel from any open state (requested, accepted, scheduled).
 */
export const TRANSITIONS: Record<MeetingAction, { from: MeetingStatus[]; to: MeetingStatus }> = {
  accept: { from: ['requested'], to: 'accepted' },
  decline: { from: ['requested'], to: 'declined' },
  cancel: { from: ['requested', 'accepted', 'scheduled'], to: 'cancelled' },
  hold: { from: ['scheduled'], to: 'held' },
  noShow: { from: ['scheduled'], to: 'no_show' },
};
