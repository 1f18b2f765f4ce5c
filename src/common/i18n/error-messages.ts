import { ErrorCode } from '../../domain/error-code';
import { LocalizedText } from './localized-text';

/**
 * What each error code means, in both languages. The English text of a specific error (which field, which task)
 * stays the message in English; in Vietnamese this text leads and the specific one follows as `reason`.
 */
export const ERROR_MESSAGES: Readonly<Record<ErrorCode, LocalizedText>> = {
  [ErrorCode.VALIDATION_FAILED]: { vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request is not valid' },
  [ErrorCode.UNAUTHENTICATED]: { vi: 'Chưa đăng nhập hoặc phiên đăng nhập không hợp lệ', en: 'Not signed in, or the token is not valid' },
  [ErrorCode.FORBIDDEN]: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You may not do this' },
  [ErrorCode.NOT_FOUND]: { vi: 'Không tìm thấy', en: 'Not found' },
  [ErrorCode.TASK_NOT_OPEN]: { vi: 'Nhiệm vụ không còn mở', en: 'The task is no longer open' },
  [ErrorCode.TASK_NOT_YOURS]: { vi: 'Nhiệm vụ không thuộc về bạn hoặc đơn vị của bạn', en: 'The task is not yours or not your agency’s' },
  [ErrorCode.TASK_ALREADY_CLAIMED]: { vi: 'Nhiệm vụ đã có người nhận', en: 'Someone has already claimed the task' },
  [ErrorCode.INVALID_OUTCOME]: { vi: 'Kết quả không đúng mẫu của bước này', en: 'The outcome does not fit this step' },
  [ErrorCode.EXTENSION_NOT_ALLOWED]: { vi: 'Không được gia hạn', en: 'The extension is not allowed' },
  [ErrorCode.SUSPENSION_NOT_ALLOWED]: { vi: 'Không đủ căn cứ tạm đình chỉ', en: 'The suspension is not allowed' },
  [ErrorCode.EXTENSION_NOT_PENDING]: { vi: 'Đề nghị gia hạn không còn chờ quyết định', en: 'The extension request is no longer pending' },
  [ErrorCode.ESCALATION_ALREADY_ACKNOWLEDGED]: { vi: 'Cảnh báo đã được xác nhận', en: 'The escalation was already acknowledged' },
  [ErrorCode.CONFLICT]: { vi: 'Yêu cầu xung đột với dữ liệu hiện có', en: 'The request conflicts with the current data' },
  [ErrorCode.DATABASE_UNAVAILABLE]: {
    vi: 'Cơ sở dữ liệu tạm thời không truy cập được; chưa có gì thay đổi. Vui lòng thử lại sau',
    en: 'The database is unavailable; nothing was changed. Try again shortly',
  },
  [ErrorCode.WORKFLOW_ENGINE_UNAVAILABLE]: {
    vi: 'Hệ thống điều phối quy trình tạm thời không truy cập được; chưa có gì thay đổi. Vui lòng thử lại sau',
    en: 'The workflow engine is unavailable; nothing was changed. Try again shortly',
  },
  [ErrorCode.OUTCOME_UNKNOWN]: {
    vi: 'Yêu cầu đã gửi nhưng chưa nhận được trả lời kịp thời; có thể đã được thực hiện. Gửi lại đúng yêu cầu này là an toàn',
    en: 'Sent but not answered in time; it may have been applied. Retrying the same request is safe',
  },
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: {
    vi: 'Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác',
    en: 'This Idempotency-Key was already used for a different request',
  },
  [ErrorCode.IDEMPOTENCY_IN_PROGRESS]: {
    vi: 'Yêu cầu đầu tiên với cùng khóa Idempotency-Key vẫn đang được xử lý; gửi lại đúng yêu cầu này sau ít phút để nhận kết quả',
    en: 'The first request with this Idempotency-Key is still being processed; retry the same request shortly to get its answer',
  },
  [ErrorCode.PAYLOAD_TOO_LARGE]: { vi: 'Dữ liệu gửi lên quá lớn', en: 'The request body is too large' },
  [ErrorCode.CALENDAR_INCOMPLETE]: {
    vi: 'Thời hạn rơi vào năm chưa công bố lịch nghỉ lễ',
    en: 'The deadline falls in a year whose public holidays are not published',
  },
  [ErrorCode.RATE_LIMITED]: { vi: 'Quá nhiều yêu cầu; vui lòng thử lại sau', en: 'Too many requests; try again later' },
  [ErrorCode.ACCOUNT_LOCKED]: {
    vi: 'Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần',
    en: 'The account is locked for a while after too many failed logins',
  },
  [ErrorCode.PASSWORD_CHANGE_REQUIRED]: { vi: 'Bạn phải đổi mật khẩu trước khi tiếp tục', en: 'The password must be changed first' },
  [ErrorCode.SELF_ROLE_CHANGE]: {
    vi: 'Không ai được tự thay đổi vai trò của chính mình; hãy nhờ một quản trị viên khác',
    en: 'Nobody changes the roles of their own account; ask another administrator',
  },
  [ErrorCode.OWN_GRANT_APPROVAL]: {
    vi: 'Yêu cầu cấp vai trò phải do một quản trị viên khác phê duyệt',
    en: 'A role grant is approved by an administrator other than the one who asked for it',
  },
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: { vi: 'Dữ liệu phải gửi dạng JSON, không nén', en: 'Send the body as uncompressed JSON' },
  [ErrorCode.INTERNAL]: { vi: 'Lỗi hệ thống; sự cố đã được ghi lại', en: 'Internal error; it has been logged' },
};
