import { LocalizedText } from './localized-text';

/**
 * What people call the fields of the requests they fill in, by property name (the last part of a path such as
 * `tipsterContact.phone`): a refusal names the field this way in Vietnamese, never by its property name.
 */
export const FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  summary: { vi: 'Tóm tắt nội dung', en: 'Summary' },
  channel: { vi: 'Kênh tiếp nhận', en: 'Channel' },
  urgency: { vi: 'Mức độ khẩn cấp', en: 'Urgency' },
  receivedAt: { vi: 'Thời điểm tiếp nhận', en: 'Received at' },
  location: { vi: 'Địa điểm', en: 'Place' },
  tipsterContact: { vi: 'Thông tin liên hệ của người báo tin', en: 'Tipster contact' },
  phone: { vi: 'Số điện thoại', en: 'Phone' },
  name: { vi: 'Họ tên', en: 'Name' },
  victimInDanger: { vi: 'Nạn nhân đang gặp nguy hiểm', en: 'Victim in danger' },
  victimAbroad: { vi: 'Nạn nhân đang ở nước ngoài', en: 'Victim abroad' },
  borderArea: { vi: 'Khu vực biên giới', en: 'Border area' },
  investigatingAgencyCode: { vi: 'Cơ quan điều tra', en: 'Investigating agency' },
  receivingAgencyCode: { vi: 'Cơ quan tiếp nhận', en: 'Receiving agency' },
  homeCommuneCode: { vi: 'Xã nơi cư trú', en: 'Home commune' },
  arrivalCommuneCode: { vi: 'Xã nơi đến', en: 'Commune of arrival' },
  agencyCode: { vi: 'Cơ quan', en: 'Agency' },
  parentCode: { vi: 'Cơ quan cấp trên', en: 'Parent agency' },
  userId: { vi: 'Cán bộ', en: 'Officer' },
  assigneeId: { vi: 'Cán bộ được giao', en: 'Assignee' },
  reason: { vi: 'Lý do', en: 'Reason' },
  note: { vi: 'Ghi chú', en: 'Note' },
  amount: { vi: 'Thời gian gia hạn', en: 'Extension length' },
  unit: { vi: 'Đơn vị thời gian', en: 'Time unit' },
  approve: { vi: 'Quyết định', en: 'Decision' },
  outcome: { vi: 'Kết quả', en: 'Outcome' },
  article: { vi: 'Điều', en: 'Article' },
  clause: { vi: 'Khoản', en: 'Clause' },
  chargeArticle: { vi: 'Điều luật của tội danh', en: 'Charge article' },
  chargeClause: { vi: 'Khoản của tội danh', en: 'Charge clause' },
  severity: { vi: 'Mức độ nghiêm trọng', en: 'Severity' },
  personLabel: { vi: 'Mã người', en: 'Person label' },
  child: { vi: 'Trẻ em', en: 'Child' },
  rescuedAbroad: { vi: 'Được giải cứu ở nước ngoài', en: 'Rescued abroad' },
  tipIds: { vi: 'Tin báo', en: 'Tips' },
  externalReference: { vi: 'Số hiệu bên ngoài', en: 'External reference' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  temporaryPassword: { vi: 'Mật khẩu tạm thời', en: 'Temporary password' },
  displayName: { vi: 'Họ tên hiển thị', en: 'Display name' },
  role: { vi: 'Vai trò', en: 'Role' },
  roles: { vi: 'Vai trò', en: 'Roles' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  nameVi: { vi: 'Tên tiếng Việt', en: 'Vietnamese name' },
  nameEn: { vi: 'Tên tiếng Anh', en: 'English name' },
  titleVi: { vi: 'Tiêu đề tiếng Việt', en: 'Vietnamese title' },
  titleEn: { vi: 'Tiêu đề tiếng Anh', en: 'English title' },
  date: { vi: 'Ngày', en: 'Date' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  dueBefore: { vi: 'Hạn trước ngày', en: 'Due before' },
  q: { vi: 'Từ khóa tìm kiếm', en: 'Search text' },
  kind: { vi: 'Loại', en: 'Kind' },
  processKind: { vi: 'Quy trình', en: 'Process' },
  caseReference: { vi: 'Số hồ sơ vụ việc', en: 'Case reference' },
  tipReference: { vi: 'Số tin báo', en: 'Tip reference' },
  level: { vi: 'Cấp', en: 'Level' },
  active: { vi: 'Đang hoạt động', en: 'Active' },
  external: { vi: 'Cơ quan bên ngoài', en: 'External' },
};

/** A field path as people read it in `language`: the label of its last part, or the path itself when none is known. */
export function fieldLabel(path: string, language: keyof LocalizedText): string {
  const last = path.split('.').pop() ?? path;
  return FIELD_LABELS[last]?.[language] ?? path;
}
