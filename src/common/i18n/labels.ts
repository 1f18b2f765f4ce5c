import type { AgencyKind } from '../../database/seeds/agency-seed';
import { Role } from '../../domain/role';
import { TaskStatus } from '../../domain/task-status';
import { TipStatus } from '../../domain/tip/tip-status';
import { LocalizedText } from './localized-text';

type Labels = Readonly<Record<string, LocalizedText>>;

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, LocalizedText>> = {
  [TaskStatus.OPEN]: { vi: 'Chưa nhận', en: 'Open' },
  [TaskStatus.CLAIMED]: { vi: 'Đang xử lý', en: 'Claimed' },
  [TaskStatus.COMPLETED]: { vi: 'Đã hoàn thành', en: 'Completed' },
  [TaskStatus.CANCELLED]: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const TIP_STATUS_LABELS: Readonly<Record<TipStatus, LocalizedText>> = {
  [TipStatus.PENDING_START]: { vi: 'Đã lưu, chờ khởi động quy trình', en: 'Saved, process not started yet' },
  [TipStatus.VERIFYING]: { vi: 'Đang kiểm tra, xác minh', en: 'Being verified' },
  [TipStatus.SUSPENDED]: { vi: 'Tạm đình chỉ giải quyết', en: 'Suspended' },
  [TipStatus.UNFOUNDED]: { vi: 'Không có căn cứ', en: 'Unfounded' },
  [TipStatus.CONFIRMED]: { vi: 'Có dấu hiệu tội phạm', en: 'Confirmed' },
  [TipStatus.CANCELLED]: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const TIP_CHANNEL_LABELS: Labels = {
  HOTLINE_111: { vi: 'Tổng đài 111', en: 'Hotline 111' },
  PROVINCIAL_HOTLINE: { vi: 'Đường dây nóng của tỉnh', en: 'Provincial hotline' },
  WALK_IN: { vi: 'Trực tiếp đến trình báo', en: 'Walk-in' },
  COMMUNE_POLICE: { vi: 'Công an xã', en: 'Commune police' },
  BORDER_POST: { vi: 'Đồn biên phòng', en: 'Border post' },
  REFERRAL: { vi: 'Cơ quan, tổ chức chuyển đến', en: 'Referral' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

export const TIP_URGENCY_LABELS: Labels = {
  NORMAL: { vi: 'Bình thường', en: 'Normal' },
  URGENT: { vi: 'Khẩn cấp', en: 'Urgent' },
};

export const CASE_STATUS_LABELS: Labels = {
  OPEN: { vi: 'Đang giải quyết', en: 'Open' },
  CLOSED: { vi: 'Đã kết thúc', en: 'Closed' },
};

export const PROCESS_STATUS_LABELS: Labels = {
  RUNNING: { vi: 'Đang chạy', en: 'Running' },
  COMPLETED: { vi: 'Đã kết thúc', en: 'Completed' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const SEVERITY_LABELS: Labels = {
  VERY_SERIOUS: { vi: 'Rất nghiêm trọng', en: 'Very serious' },
  ESPECIALLY_SERIOUS: { vi: 'Đặc biệt nghiêm trọng', en: 'Especially serious' },
};

export const ROLE_LABELS: Readonly<Record<Role, LocalizedText>> = {
  [Role.COORDINATOR]: { vi: 'Điều phối viên (Văn phòng thường trực)', en: 'Coordinator (standing office)' },
  [Role.OFFICER]: { vi: 'Cán bộ', en: 'Officer' },
  [Role.AGENCY_HEAD]: { vi: 'Thủ trưởng đơn vị', en: 'Agency head' },
  [Role.LEADERSHIP]: { vi: 'Lãnh đạo tỉnh', en: 'Provincial leadership' },
  [Role.ADMIN]: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  [Role.AUDITOR]: { vi: 'Kiểm toán viên (nhật ký truy cập)', en: 'Auditor (access log)' },
};

export const DEADLINE_NATURE_LABELS: Labels = {
  LAW: { vi: 'Thời hạn luật định', en: 'Set by law' },
  POLICY: { vi: 'Thời hạn do tỉnh quy định', en: 'Set by provincial policy' },
};

export const CONFIDENCE_LABELS: Labels = {
  TEXT: { vi: 'Đã đối chiếu văn bản luật', en: 'Checked against the legal text' },
  SECOND_HAND: { vi: 'Theo nguồn thứ cấp đáng tin cậy', en: 'From a reliable secondary source' },
  UNVERIFIED: { vi: 'Chưa tìm thấy căn cứ luật (có thể cấu hình)', en: 'Not found in law (configurable)' },
  POLICY: { vi: 'Quy định của tỉnh', en: 'Provincial policy' },
};

export const COUNTING_LABELS: Labels = {
  ART_134: { vi: 'Tính theo Điều 134 BLTTHS (hết 24 giờ ngày cuối)', en: 'Art. 134 BLTTHS (to 24:00 of the last day)' },
  PLAIN: { vi: 'Cộng thẳng thời lượng', en: 'The duration added as it is' },
};

export const ESCALATION_TARGET_LABELS: Labels = {
  AGENCY_HEAD: { vi: 'Thủ trưởng đơn vị', en: 'Agency head' },
  STANDING_OFFICE: { vi: 'Văn phòng thường trực Ban chỉ đạo', en: 'Steering committee’s standing office' },
  LEADERSHIP: { vi: 'Lãnh đạo UBND tỉnh', en: 'Provincial leadership' },
};

export const EXTENSION_STATUS_LABELS: Labels = {
  PENDING: { vi: 'Chờ quyết định', en: 'Pending' },
  APPROVED: { vi: 'Đã chấp thuận', en: 'Approved' },
  REJECTED: { vi: 'Không chấp thuận', en: 'Rejected' },
  WITHDRAWN: { vi: 'Đã rút (nhiệm vụ kết thúc)', en: 'Withdrawn (the task ended)' },
};

export const PROCESS_KIND_LABELS: Labels = {
  CASE: { vi: 'Vụ việc', en: 'Case' },
  TIP_VERIFICATION: { vi: 'Kiểm tra, xác minh tin báo', en: 'Tip verification' },
  RESCUE: { vi: 'Giải cứu', en: 'Rescue' },
  RECEPTION: { vi: 'Tiếp nhận, hỗ trợ nạn nhân', en: 'Victim reception and support' },
  PROSECUTION: { vi: 'Điều tra, truy tố, xét xử', en: 'Investigation, prosecution and trial' },
};

export const DURATION_UNIT_LABELS: Labels = {
  seconds: { vi: 'giây', en: 'seconds' },
  minutes: { vi: 'phút', en: 'minutes' },
  hours: { vi: 'giờ', en: 'hours' },
  days: { vi: 'ngày', en: 'days' },
  workingDays: { vi: 'ngày làm việc', en: 'working days' },
  months: { vi: 'tháng', en: 'months' },
};

/** Agency kinds (src/modules/agencies/agency-kinds.ts): they only group agencies; steps route work by code. */
export const AGENCY_KIND_LABELS: Readonly<Record<AgencyKind, LocalizedText>> = {
  POLICE: { vi: 'Công an', en: 'Police' },
  BORDER_GUARD: { vi: 'Biên phòng', en: 'Border guard' },
  HEALTH: { vi: 'Y tế', en: 'Health' },
  FOREIGN_AFFAIRS: { vi: 'Ngoại vụ', en: 'Foreign affairs' },
  PROCURACY: { vi: 'Viện kiểm sát', en: 'Procuracy' },
  COURT: { vi: 'Tòa án', en: 'Court' },
  JUSTICE: { vi: 'Tư pháp', en: 'Justice' },
  LEGAL_AID: { vi: 'Trợ giúp pháp lý', en: 'Legal aid' },
  WOMENS_UNION: { vi: 'Hội Liên hiệp Phụ nữ', en: 'Women’s Union' },
  COMMUNE: { vi: 'Xã, phường', en: 'Commune or ward' },
  HOME_AFFAIRS: { vi: 'Nội vụ', en: 'Home affairs' },
  SOCIAL_SUPPORT: { vi: 'Trợ giúp xã hội', en: 'Social support' },
  STEERING_COMMITTEE: { vi: 'Ban Chỉ đạo', en: 'Steering committee' },
  PEOPLES_COMMITTEE: { vi: 'Ủy ban nhân dân', en: 'People’s Committee' },
  EXTERNAL: { vi: 'Bên ngoài', en: 'External' },
};
