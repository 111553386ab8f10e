import type { ReactNode } from 'react';

/** What an inquiry is about: `POST /api/inquiries {subjectType, subjectId, message}`. */
export type InquirySubjectType = 'COMPANY' | 'NEED' | 'CAPACITY';

export interface InquirySubject {
  type: InquirySubjectType;
  id: string;
  /** The company that would answer; null when it is hidden (an anonymous need). */
  ownerCompanyId: string | null;
}

/**
 * The company, need and capacity pages leave room for "send inquiry" without knowing the inquiries feature: the app
 * passes a slot in, and the page calls it with its subject where the button belongs (needs and listings: while open).
 */
export type InquirySlot = (subject: InquirySubject) => ReactNode;
