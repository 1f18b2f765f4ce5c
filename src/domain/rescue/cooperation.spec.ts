import { CooperationReply, nextCooperationMove, NoAgreementDecision } from './cooperation';

describe('nextCooperationMove', () => {
  it('proceeds on an agreement without asking anyone', () => {
    expect(nextCooperationMove(CooperationReply.AGREED)).toBe('PROCEED');
  });

  it.each([CooperationReply.REFUSED, CooperationReply.NO_CONTACT])('asks the coordinator after %s', (reply) => {
    expect(nextCooperationMove(reply)).toBe('ASK_COORDINATOR');
  });

  it('follows the coordinator decision', () => {
    expect(nextCooperationMove(CooperationReply.NO_CONTACT, NoAgreementDecision.RESEND_REQUEST)).toBe('RESEND');
    expect(nextCooperationMove(CooperationReply.REFUSED, NoAgreementDecision.PROCEED_WITHOUT_COOPERATION)).toBe('PROCEED');
    expect(nextCooperationMove(CooperationReply.REFUSED, NoAgreementDecision.END_RESCUE)).toBe('END');
  });
});
