import { Role } from '../../domain/role';

/**
 * An officer and a head for every agency that has a step to do in some process, so each task of the demo province
 * can be opened and completed by someone of the agency it is assigned to. The names are made up (common Vietnamese
 * family, middle and given names put together); none is a real person. The coordinator, the leadership and the
 * investigation agency's officer and head are the role accounts of `demo-users.ts`.
 */
const AGENCIES: ReadonlyArray<{ code: string; slug: string; name: string; officer: string; head: string }> = [
  { code: 'CA_TINH_CSHS', slug: 'cshs', name: 'Phòng CSHS Công an tỉnh', officer: 'Lê Văn Hùng', head: 'Phạm Quốc Bảo' },
  { code: 'CA_TINH_XNC', slug: 'xnc', name: 'Phòng Quản lý xuất nhập cảnh', officer: 'Đỗ Thị Mai', head: 'Vũ Đình Khoa' },
  { code: 'BDBP_TINH', slug: 'bdbp', name: 'Ban Chỉ huy Bộ đội Biên phòng tỉnh', officer: 'Hoàng Văn Tuấn', head: 'Ngô Minh Đức' },
  { code: 'DBP_BU_PRANG', slug: 'dbp-bu-prang', name: 'Đồn Biên phòng Bu Prăng', officer: 'Trịnh Văn Lộc', head: 'Bùi Quang Vinh' },
  { code: 'DBP_DAK_PEUR', slug: 'dbp-dak-peur', name: 'Đồn Biên phòng Đắk Peur', officer: 'Y Sơn Niê', head: 'Đặng Văn Thắng' },
  { code: 'SO_Y_TE', slug: 'so-y-te', name: 'Sở Y tế', officer: 'Nguyễn Thị Hạnh', head: 'Trần Văn Phúc' },
  { code: 'CSTGXH_TINH', slug: 'cstgxh', name: 'Cơ sở trợ giúp xã hội tỉnh', officer: 'Lý Thị Thu', head: 'Phan Thị Ngọc' },
  { code: 'SO_NGOAI_VU', slug: 'so-ngoai-vu', name: 'Sở Ngoại vụ', officer: 'Võ Minh Châu', head: 'Đinh Công Sơn' },
  { code: 'SO_TU_PHAP', slug: 'so-tu-phap', name: 'Sở Tư pháp', officer: 'Mai Thị Lan', head: 'Hồ Văn Nam' },
  { code: 'TTTGPL', slug: 'tttgpl', name: 'Trung tâm Trợ giúp pháp lý nhà nước', officer: 'Cao Thị Yến', head: 'Lưu Đức Anh' },
  { code: 'SO_NOI_VU', slug: 'so-noi-vu', name: 'Sở Nội vụ', officer: 'Tạ Văn Hải', head: 'Dương Thị Hoa' },
  { code: 'HLHPN_TINH', slug: 'hlhpn', name: 'Hội Liên hiệp Phụ nữ tỉnh', officer: 'Châu Thị Bích', head: 'Kiều Thị Nga' },
  { code: 'VKS_TINH', slug: 'vks-tinh', name: 'Viện kiểm sát nhân dân tỉnh', officer: 'Lâm Văn Thành', head: 'Quách Minh Tâm' },
  { code: 'VKS_KV', slug: 'vks-kv', name: 'Viện kiểm sát nhân dân khu vực', officer: 'Tô Thị Hằng', head: 'Mạc Văn Quang' },
  { code: 'TOA_TINH', slug: 'toa-tinh', name: 'Tòa án nhân dân tỉnh', officer: 'Thái Thị Loan', head: 'Khúc Văn Hòa' },
  { code: 'TOA_KV', slug: 'toa-kv', name: 'Tòa án nhân dân khu vực', officer: 'Âu Văn Kiên', head: 'Giang Thị Phương' },
  { code: 'UBND_XA_QUANG_TRUC', slug: 'ubnd-quang-truc', name: 'UBND xã Quảng Trực', officer: 'H Liên Niê', head: 'Nguyễn Văn Tài' },
  { code: 'CA_XA_QUANG_TRUC', slug: 'ca-quang-truc', name: 'Công an xã Quảng Trực', officer: 'Điểu Văn Minh', head: 'Trần Quốc Huy' },
  { code: 'UBND_XA_THUAN_AN', slug: 'ubnd-thuan-an', name: 'UBND xã Thuận An', officer: 'Phạm Thị Thảo', head: 'Lê Hoàng Long' },
  { code: 'CA_XA_THUAN_AN', slug: 'ca-thuan-an', name: 'Công an xã Thuận An', officer: 'Vũ Văn Cường', head: 'Đỗ Mạnh Hà' },
  { code: 'UBND_XA_DAK_WIL', slug: 'ubnd-dak-wil', name: 'UBND xã Đắk Wil', officer: 'Thị Hoa Byă', head: 'Hoàng Văn Nghĩa' },
  { code: 'CA_XA_DAK_WIL', slug: 'ca-dak-wil', name: 'Công an xã Đắk Wil', officer: 'Ngô Văn Toàn', head: 'Bùi Thanh Tùng' },
];

/** `<slug>.officer` and `<slug>.head` for each agency above (e.g. `so-y-te.head`). */
export const DEMO_PROVINCE_STAFF: ReadonlyArray<{ username: string; displayName: string; agencyCode: string; roles: Role[] }> = AGENCIES.flatMap(
  (a) => [
    { username: `${a.slug}.officer`, displayName: `${a.officer} — Cán bộ, ${a.name}`, agencyCode: a.code, roles: [Role.OFFICER] },
    { username: `${a.slug}.head`, displayName: `${a.head} — Thủ trưởng, ${a.name}`, agencyCode: a.code, roles: [Role.AGENCY_HEAD] },
  ],
);
