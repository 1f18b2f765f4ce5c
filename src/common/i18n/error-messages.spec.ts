import { ErrorCode } from '../../domain/error-code';
import { ERROR_MESSAGES } from './error-messages';

describe('ERROR_MESSAGES', () => {
  it('has a Vietnamese and an English text for every error code', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(ERROR_MESSAGES[code]?.vi).toBeTruthy();
      expect(ERROR_MESSAGES[code]?.en).toBeTruthy();
      expect(ERROR_MESSAGES[code].vi).not.toBe(ERROR_MESSAGES[code].en);
    }
  });
});
