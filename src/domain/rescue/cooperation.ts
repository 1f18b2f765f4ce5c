/** Mondulkiri's answer to a cooperation request, as Foreign Affairs records it. */
export enum CooperationReply {
  AGREED = 'AGREED',
  REFUSED = 'REFUSED',
  NO_CONTACT = 'NO_CONTACT',
}

/** What the standing office decides when Mondulkiri did not agree. */
export enum NoAgreementDecision {
  /** Ask again (e.g. through the other channel); a new follow-up deadline starts. */
  RESEND_REQUEST = 'RESEND_REQUEST',
  /** Operate on the Vietnamese side of the border only (e.g. the victim is expected at a crossing). */
  PROCEED_WITHOUT_COOPERATION = 'PROCEED_WITHOUT_COOPERATION',
  /** Stop the rescue; the case may still bring the person back through the mission (reception). */
  END_RESCUE = 'END_RESCUE',
}

export type CooperationMove = 'PROCEED' | 'ASK_COORDINATOR' | 'RESEND' | 'END';

/**
 * The next move after a reply (and, if one was needed, the coordinator's decision). Only an agreement lets the
 * operation go ahead by itself: a refusal or silence is a judgement call for the standing office, not the software.
 */
export function nextCooperationMove(reply: CooperationReply, decision?: NoAgreementDecision): CooperationMove {
  if (reply === CooperationReply.AGREED) return 'PROCEED';
  switch (decision) {
    case undefined:
      return 'ASK_COORDINATOR';
    case NoAgreementDecision.RESEND_REQUEST:
      return 'RESEND';
    case NoAgreementDecision.PROCEED_WITHOUT_COOPERATION:
      return 'PROCEED';
    case NoAgreementDecision.END_RESCUE:
      return 'END';
  }
}
