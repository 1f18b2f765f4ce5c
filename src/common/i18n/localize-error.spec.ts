import { ErrorCode } from '../../domain/error-code';
import { localizeError } from './localize-error';

const missingSummary = {
  status: 400,
  code: ErrorCode.VALIDATION_FAILED,
  message: 'summary must be a string',
  details: [{ field: 'summary', code: 'isString', message: { vi: 'summary phải là chuỗi ký tự', en: 'summary must be a string' } }],
};

describe('localizeError', () => {
  it('keeps the thrown English message in English, with the fields in English', () => {
    expect(localizeError(missingSummary, 'en')).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'summary must be a string',
      details: [{ field: 'summary', code: 'isString', message: 'summary must be a string' }],
    });
  });

  it('answers in Vietnamese with the fields in Vietnamese', () => {
    const body = localizeError(missingSummary, 'vi');
    expect(body.message).toBe('Dữ liệu gửi lên không hợp lệ: summary phải là chuỗi ký tự');
    expect(body.details).toEqual([{ field: 'summary', code: 'isString', message: 'summary phải là chuỗi ký tự' }]);
  });

  it('gives the code’s Vietnamese text and keeps the specific English one as the reason', () => {
    const body = localizeError({ status: 409, code: ErrorCode.TASK_NOT_OPEN, message: 'Task abc is COMPLETED' }, 'vi');
    expect(body).toEqual({ statusCode: 409, code: 'TASK_NOT_OPEN', message: 'Nhiệm vụ không còn mở', reason: 'Task abc is COMPLETED' });
  });

  it('uses a message the thrower localized itself', () => {
    const body = localizeError(
      { status: 404, code: ErrorCode.NOT_FOUND, message: 'No tip X', localized: { vi: 'Không có tin báo X', en: 'No tip X' } },
      'vi',
    );
    expect(body.message).toBe('Không có tin báo X');
    expect(body.reason).toBeUndefined();
  });

  it('falls back to the status for codes outside the list', () => {
    expect(localizeError({ status: 404, code: 'NOT_FOUND_ROUTE', message: 'Cannot GET /x' }, 'vi').message).toBe('Không tìm thấy');
  });
});
