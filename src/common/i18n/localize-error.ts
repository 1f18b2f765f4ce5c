import { ErrorCode } from '../../domain/error-code';
import { ERROR_MESSAGES } from './error-messages';
import { ErrorBody } from './error-body';
import { FieldProblem } from './field-problem';
import { Language } from './language';
import { LocalizedText } from './localized-text';

export interface ErrorFacts {
  status: number;
  code: string;
  /** The specific English message (which field, which task). */
  message: string;
  details?: FieldProblem[];
  localized?: LocalizedText;
}

const STATUS_TEXT_VI: Readonly<Record<number, string>> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa xác thực',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  409: 'Xung đột dữ liệu',
  413: 'Dữ liệu gửi lên quá lớn',
  415: 'Kiểu dữ liệu không được hỗ trợ',
  422: 'Không thể xử lý yêu cầu',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi hệ thống',
  503: 'Dịch vụ tạm thời không khả dụng',
  504: 'Hết thời gian chờ',
};

/** The error as the caller reads it: English as thrown, Vietnamese from the tables with the specifics kept. */
export function localizeError(facts: ErrorFacts, language: Language): ErrorBody {
  const body: ErrorBody = { statusCode: facts.status, code: facts.code, message: facts.message };
  if (facts.details?.length) body.details = facts.details.map((d) => ({ field: d.field, code: d.code, message: d.message[language] }));
  if (language === 'en') return body;
  if (facts.localized) return { ...body, message: facts.localized.vi };
  const general = ERROR_MESSAGES[facts.code as ErrorCode]?.vi ?? STATUS_TEXT_VI[facts.status] ?? 'Lỗi';
  if (body.details) return { ...body, message: `${general}: ${body.details.map((d) => d.message).join('; ')}` };
  return { ...body, message: general, ...(facts.message && facts.message !== general ? { reason: facts.message } : {}) };
}
