import { LocalizedText } from './localized-text';

/** A kind of timeline entry: its label, and the fields of its `detail` (name → meaning), all optional unless said. */
export interface TimelineEventType {
  label: LocalizedText;
  /** Whether the entry names the task it is about (`taskId`). */
  aboutTask: boolean;
  detail: Readonly<Record<string, string>>;
}

const ev = (vi: string, en: string, detail: Record<string, string> = {}, aboutTask = false): TimelineEventType => ({
  label: { vi, en },
  aboutTask,
  detail,
});

/**
 * Every entry a process or case timeline (`GET /processes/{id}`, `GET /cases/{reference}`) may hold. Each entry is
 * `{ at, type, actorId?, taskId?, detail? }`; instants in `detail` are epoch milliseconds as the workflow keeps them.
 */
export const TIMELINE_EVENT_TYPES: Readonly<Record<string, TimelineEventType>> = {
  PROCESS_STARTED: ev('Bắt đầu quy trình', 'Process started', { catalogueVersion: 'number: the deadline catalogue version pinned' }),
  PROCESS_COMPLETED: ev('Kết thúc quy trình', 'Process completed', { '*': 'the process’s result (outcome, reason, …)' }),
  PROCESS_CANCELLED: ev('Hủy quy trình', 'Process cancelled', { reason: 'string' }),
  REGISTERED_LATE: ev('Đăng ký muộn', 'Registered late', {
    receivedAt: 'number (epoch ms)',
    registeredAt: 'number (epoch ms)',
    delayHours: 'number: whole hours from receipt to registration',
    thresholdHours: 'number: LATE_REGISTRATION_HOURS',
  }),
  TASK_CREATED: ev('Giao nhiệm vụ', 'Task created', { stepType: 'string', agencyCode: 'string', dueAt: 'number (epoch ms)' }, true),
  TASK_CLAIMED: ev('Nhận nhiệm vụ', 'Task claimed', {}, true),
  TASK_UNCLAIMED: ev('Trả lại nhiệm vụ', 'Task unclaimed', {}, true),
  TASK_COMPLETED: ev('Hoàn thành nhiệm vụ', 'Task completed', { outcome: 'object: the outcome (see GET /steps)' }, true),
  TASK_CANCELLED: ev('Hủy nhiệm vụ', 'Task cancelled', { reason: 'string' }, true),
  TASK_REASSIGNED: ev(
    'Chuyển nhiệm vụ',
    'Task reassigned',
    { from: 'string: agency code', to: 'string: agency code', assigneeId: 'string | null', reason: 'string' },
    true,
  ),
  TASK_ASSIGNED: ev('Phân công nhiệm vụ', 'Task assigned', { previousAssigneeId: 'string | null', assigneeId: 'string', reason: 'string' }, true),
  // Recorded before internal pauses and suspensions were told apart: the clock stood still, whatever the period.
  TASK_SUSPENDED: ev('Dừng đồng hồ thời hạn (trước đây)', 'Clock stopped (before internal pauses were told apart)', { reason: 'string' }, true),
  TASK_RESUMED: ev(
    'Chạy lại đồng hồ thời hạn (trước đây)',
    'Clock restarted',
    { reason: 'string', pausedMs: 'number', dueAt: 'number (epoch ms)' },
    true,
  ),
  INTERNAL_PAUSE_STARTED: ev(
    'Tạm dừng nội bộ (không có hiệu lực pháp lý)',
    'Internal pause (no legal effect)',
    { reason: 'string', movesDueDate: 'boolean: true only for a POLICY period', dueAt: 'number (epoch ms)' },
    true,
  ),
  INTERNAL_PAUSE_ENDED: ev(
    'Kết thúc tạm dừng nội bộ',
    'Internal pause ended',
    { reason: 'string', pausedMs: 'number', dueAt: 'number (epoch ms)', dueDateMoved: 'boolean: a LAW due date never moves' },
    true,
  ),
  SUSPENSION_DECIDED: ev(
    'Quyết định tạm đình chỉ',
    'Suspension decided',
    {
      groundCode: 'string: a ground of BLTTHS art. 148(1) or 229(1)',
      ground: 'string',
      article: 'string',
      decisionNumber: 'string',
      decidedOn: 'string (YYYY-MM-DD)',
      signer: 'string',
      dueAt: 'number (epoch ms): the end of the period suspended',
    },
    true,
  ),
  RESTORATION_DECIDED: ev(
    'Quyết định phục hồi',
    'Restoration decided',
    { article: 'string', decisionNumber: 'string', decidedOn: 'string (YYYY-MM-DD)', signer: 'string' },
    true,
  ),
  REMINDER_SENT: ev('Nhắc hạn', 'Reminder sent', { dueAt: 'number (epoch ms)' }, true),
  ESCALATED: ev(
    'Báo cáo vượt cấp',
    'Escalated',
    { level: 'number', target: 'AGENCY_HEAD | STANDING_OFFICE | LEADERSHIP', escalationId: 'string' },
    true,
  ),
  ESCALATION_ACKNOWLEDGED: ev('Xác nhận cảnh báo', 'Escalation acknowledged', { escalationId: 'string', level: 'number', note: 'string' }, true),
  EXTENSION_REQUESTED: ev(
    'Đề nghị gia hạn',
    'Extension requested',
    { extensionId: 'string', requestedDueAt: 'number (epoch ms)', reason: 'string' },
    true,
  ),
  EXTENSION_APPROVED: ev('Chấp thuận gia hạn', 'Extension approved', { extensionId: 'string', dueAt: 'number (epoch ms)', note: 'string' }, true),
  EXTENSION_REJECTED: ev(
    'Không chấp thuận gia hạn',
    'Extension rejected',
    { extensionId: 'string', dueAt: 'number (epoch ms)', note: 'string' },
    true,
  ),
  EXTENSION_WITHDRAWN: ev('Rút đề nghị gia hạn', 'Extension withdrawn', { extensionId: 'string', reason: 'string' }, true),
  EXTENSION_RECOMPUTED: ev(
    'Tính lại đề nghị gia hạn',
    'Extension recomputed',
    { extensionId: 'string', from: 'number', to: 'number', reason: 'string' },
    true,
  ),
  DEADLINE_RECOMPUTED: ev(
    'Tính lại thời hạn',
    'Deadline recomputed',
    {
      from: 'number (epoch ms)',
      to: 'number (epoch ms)',
      deadlineKey: 'string',
      previousDeadlineKey: 'string',
      reason: 'string',
      droppedExtensions: 'string[]',
      clampedExtensions: 'string[]',
    },
    true,
  ),
  CALENDAR_INCOMPLETE: ev('Thiếu lịch nghỉ lễ', 'Holiday calendar incomplete', { missingYears: 'number[]', dueAt: 'number (epoch ms)' }, true),
  CASE_OPENED: ev('Mở vụ việc', 'Case opened', { caseId: 'string', caseReference: 'string' }),
  CASE_JOINED: ev('Gắn vào vụ việc', 'Joined a case', { caseId: 'string', caseReference: 'string' }),
  CASE_PROCESS_NOT_STARTED: ev('Không khởi động được quy trình của vụ việc', 'Case process not started', {
    caseReference: 'string',
    kind: 'string: process kind',
    error: 'string',
  }),
  URGENT_RESCUE_STARTED: ev('Bắt đầu giải cứu khẩn cấp', 'Urgent rescue started', { caseId: 'string', caseReference: 'string' }, true),
  ESSENTIAL_NEEDS_SUPPORT_STARTED: ev('Bắt đầu hỗ trợ nhu cầu thiết yếu', 'Essential needs support started', { agencyCode: 'string' }),
  PERSONS_RESCUED: ev('Ghi nhận người được giải cứu', 'Persons rescued', { labels: 'string[]', children: 'number' }),
  RECEPTION_ROUTE: ev('Tuyến tiếp nhận', 'Reception route', {
    route: 'BORDER_HANDOVER | SELF_REPORT | RESCUED',
    child: 'boolean',
    homeCommittee: 'string | null',
    rescuedAbroad: 'boolean',
  }),
  SUPPORTS_DECIDED: ev(
    'Quyết định các hỗ trợ',
    'Supports decided',
    { start: 'string[]', awaitIdentification: 'string[]', refused: 'string[]' },
    true,
  ),
  SUPPORTS_RELEASED: ev('Bắt đầu hỗ trợ sau xác định nạn nhân', 'Supports released', { kinds: 'string[]' }),
  SUPPORTS_WITHDRAWN: ev('Không hỗ trợ (không phải nạn nhân)', 'Supports withdrawn', { kinds: 'string[]' }),
  FILE_RETURNED: ev('Trả hồ sơ điều tra bổ sung', 'File returned', { returnedBy: 'PROCURACY | COURT', count: 'number' }),
  SEVERITY_CHANGED: ev('Thay đổi mức độ nghiêm trọng', 'Severity changed', { from: 'Severity', to: 'Severity' }),
  CHARGE_CHANGE_IGNORED: ev('Bỏ qua thay đổi tội danh', 'Charge change ignored', { severity: 'Severity' }),
  CHARGE_CHANGED: ev('Thay đổi tội danh', 'Charge changed', {
    charge: '{ article, clause }',
    from: '{ article, clause } | null',
    severity: 'Severity',
  }),
  TIP_ATTACHED: ev('Gắn tin báo', 'Tip attached', { tipId: 'string' }),
  CHILD_STARTED: ev('Khởi động quy trình con', 'Process started in the case', { processId: 'string', kind: 'string: process kind' }),
  CHILD_START_REFUSED: ev('Từ chối khởi động quy trình con', 'Process start refused', { kind: 'string', problem: 'string' }),
  CHILD_CLOSED: ev('Quy trình con kết thúc', 'Process in the case closed', { processId: 'string', status: 'string', outcome: 'string' }),
  CHILD_CANCEL_REQUESTED: ev('Yêu cầu hủy quy trình con', 'Process cancellation requested', { processId: 'string', reason: 'string' }),
};
