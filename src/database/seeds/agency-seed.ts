/**
 * The agencies of the province as they stand after 1 July 2025: Đắk Nông is part of the new Lâm Đồng province, there
 * is no district level (province → commune), district police are gone (1 March 2025), victim reception and support
 * belong to the Department of Health (Sở Y tế), and the provincial border guard is a Ban Chỉ huy under the provincial
 * military command. The communes and border posts are those of the former Đắk Nông border with Mondulkiri.
 *
 * This list is DATA, not code. It is what migration 1764300000001 inserts and must stay as it is: a reorganisation
 * (a merger, a renamed department, a new border post) is a NEW migration that inserts, renames or deactivates rows
 * (`active = false`), never an edit of this file or a code change. Codes are stable identifiers; names may change.
 */

export type AgencyKind =
  | 'POLICE'
  | 'BORDER_GUARD'
  | 'HEALTH'
  | 'FOREIGN_AFFAIRS'
  | 'PROCURACY'
  | 'COURT'
  | 'JUSTICE'
  | 'LEGAL_AID'
  | 'WOMENS_UNION'
  | 'COMMUNE'
  | 'HOME_AFFAIRS'
  | 'SOCIAL_SUPPORT'
  | 'STEERING_COMMITTEE'
  | 'PEOPLES_COMMITTEE'
  | 'EXTERNAL';

export interface AgencySeed {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: AgencyKind;
  /** Always an agency listed EARLIER in AGENCY_SEED (parents before children), or null. */
  parentCode: string | null;
  /** A counterpart outside the system (no users, cannot be given tasks); our officers record its replies. */
  external: boolean;
  borderArea: boolean;
}

export const AGENCY_SEED: AgencySeed[] = [
  // ── Provincial leadership and the steering committee ───────────────────────────────────────────────────────────
  {
    code: 'UBND_TINH',
    nameVi: 'Ủy ban nhân dân tỉnh Lâm Đồng',
    nameEn: "Lam Dong Provincial People's Committee (provincial leadership)",
    kind: 'PEOPLES_COMMITTEE',
    parentCode: null,
    external: false,
    borderArea: false,
  },

  // ── Provincial police ──────────────────────────────────────────────────────────────────────────────────────────
  {
    code: 'CA_TINH',
    nameVi: 'Công an tỉnh Lâm Đồng',
    nameEn: 'Lam Dong Provincial Police',
    kind: 'POLICE',
    parentCode: null,
    external: false,
    borderArea: false,
  },
  {
    // The standing office sits at the provincial police, hence its parent.
    code: 'BCD_VPTT',
    nameVi:
      'Văn phòng thường trực Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Lâm Đồng',
    nameEn:
      'Standing Office of the Lam Dong Provincial Steering Committee for Crime and Social Evils Prevention and the All-People National Security Movement (at the provincial police)',
    kind: 'STEERING_COMMITTEE',
    parentCode: 'CA_TINH',
    external: false,
    borderArea: false,
  },
  {
    code: 'CA_TINH_CSDT',
    nameVi: 'Cơ quan Cảnh sát điều tra Công an tỉnh Lâm Đồng',
    nameEn: 'Police Investigation Agency, Lam Dong Provincial Police',
    kind: 'POLICE',
    parentCode: 'CA_TINH',
    external: false,
    borderArea: false,
  },
  {
    code: 'CA_TINH_CSHS',
    nameVi: 'Phòng Cảnh sát hình sự Công an tỉnh Lâm Đồng',
    nameEn: 'Criminal Police Division, Lam Dong Provincial Police',
    kind: 'POLICE',
    parentCode: 'CA_TINH',
    external: false,
    borderArea: false,
  },
  {
    code: 'CA_TINH_XNC',
    nameVi: 'Phòng Quản lý xuất nhập cảnh Công an tỉnh Lâm Đồng',
    nameEn: 'Immigration Management Division, Lam Dong Provincial Police',
    kind: 'POLICE',
    parentCode: 'CA_TINH',
    external: false,
    borderArea: false,
  },

  // ── Border guard (former Đắk Nông border with Mondulkiri) ─────────────────────────────────────────────────────
  {
    code: 'BDBP_TINH',
    nameVi: 'Ban Chỉ huy Bộ đội Biên phòng tỉnh Lâm Đồng (trực thuộc Bộ Chỉ huy Quân sự tỉnh)',
    nameEn: 'Lam Dong Provincial Border Guard Command (under the Provincial Military Command)',
    kind: 'BORDER_GUARD',
    parentCode: null,
    external: false,
    borderArea: true,
  },
  {
    code: 'DBP_BU_PRANG',
    nameVi: 'Đồn Biên phòng Bu Prăng',
    nameEn: 'Bu Prang Border Guard Station',
    kind: 'BORDER_GUARD',
    parentCode: 'BDBP_TINH',
    external: false,
    borderArea: true,
  },
  {
    code: 'DBP_DAK_PEUR',
    nameVi: 'Đồn Biên phòng Cửa khẩu Đắk Peur',
    nameEn: 'Dak Peur Border Gate Border Guard Station',
    kind: 'BORDER_GUARD',
    parentCode: 'BDBP_TINH',
    external: false,
    borderArea: true,
  },

  // ── Health and victim support ──────────────────────────────────────────────────────────────────────────────────
  {
    code: 'SO_Y_TE',
    nameVi: 'Sở Y tế tỉnh Lâm Đồng',
    nameEn: 'Lam Dong Department of Health (victim reception and support)',
    kind: 'HEALTH',
    parentCode: 'UBND_TINH',
    external: false,
    borderArea: false,
  },
  {
    code: 'CSTGXH_TINH',
    nameVi: 'Cơ sở trợ giúp xã hội tỉnh Lâm Đồng (tiếp nhận, hỗ trợ nạn nhân)',
    nameEn: 'Lam Dong Provincial Social Assistance Facility (victim reception, shelter and support), under the Department of Health',
    kind: 'SOCIAL_SUPPORT',
    parentCode: 'SO_Y_TE',
    external: false,
    borderArea: false,
  },

  // ── Other provincial departments ───────────────────────────────────────────────────────────────────────────────
  {
    code: 'SO_NGOAI_VU',
    nameVi: 'Sở Ngoại vụ tỉnh Lâm Đồng',
    nameEn: 'Lam Dong Department of Foreign Affairs',
    kind: 'FOREIGN_AFFAIRS',
    parentCode: 'UBND_TINH',
    external: false,
    borderArea: false,
  },
  {
    code: 'SO_TU_PHAP',
    nameVi: 'Sở Tư pháp tỉnh Lâm Đồng',
    nameEn: 'Lam Dong Department of Justice',
    kind: 'JUSTICE',
    parentCode: 'UBND_TINH',
    external: false,
    borderArea: false,
  },
  {
    code: 'TTTGPL',
    nameVi: 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lâm Đồng',
    nameEn: 'Lam Dong State Legal Aid Centre',
    kind: 'LEGAL_AID',
    parentCode: 'SO_TU_PHAP',
    external: false,
    borderArea: false,
  },
  {
    code: 'SO_NOI_VU',
    nameVi: 'Sở Nội vụ tỉnh Lâm Đồng',
    nameEn: 'Lam Dong Department of Home Affairs (labour migration)',
    kind: 'HOME_AFFAIRS',
    parentCode: 'UBND_TINH',
    external: false,
    borderArea: false,
  },
  {
    code: 'HLHPN_TINH',
    nameVi: 'Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng',
    nameEn: "Lam Dong Provincial Women's Union",
    kind: 'WOMENS_UNION',
    parentCode: null,
    external: false,
    borderArea: false,
  },

  // ── Procuracy and courts ───────────────────────────────────────────────────────────────────────────────────────
  {
    code: 'VKS_TINH',
    nameVi: 'Viện kiểm sát nhân dân tỉnh Lâm Đồng',
    nameEn: "Lam Dong Provincial People's Procuracy",
    kind: 'PROCURACY',
    parentCode: null,
    external: false,
    borderArea: false,
  },
  {
    code: 'VKS_KV',
    nameVi: 'Viện kiểm sát nhân dân khu vực',
    nameEn: "Regional People's Procuracy (regional level, generic)",
    kind: 'PROCURACY',
    parentCode: 'VKS_TINH',
    external: false,
    borderArea: false,
  },
  {
    code: 'TOA_TINH',
    nameVi: 'Tòa án nhân dân tỉnh Lâm Đồng',
    nameEn: "Lam Dong Provincial People's Court",
    kind: 'COURT',
    parentCode: null,
    external: false,
    borderArea: false,
  },
  {
    code: 'TOA_KV',
    nameVi: 'Tòa án nhân dân khu vực',
    nameEn: "Regional People's Court (regional level, generic)",
    kind: 'COURT',
    parentCode: 'TOA_TINH',
    external: false,
    borderArea: false,
  },

  // ── Border communes of the former Đắk Nông (after the 2025 commune merger) and their police ───────────────────
  {
    code: 'UBND_XA_QUANG_TRUC',
    nameVi: 'Ủy ban nhân dân xã Quảng Trực',
    nameEn: "Quang Truc Commune People's Committee",
    kind: 'COMMUNE',
    parentCode: 'UBND_TINH',
    external: false,
    borderArea: true,
  },
  {
    code: 'CA_XA_QUANG_TRUC',
    nameVi: 'Công an xã Quảng Trực',
    nameEn: 'Quang Truc Commune Police',
    kind: 'POLICE',
    parentCode: 'CA_TINH',
    external: false,
    borderArea: true,
  },
  {
    code: 'UBND_XA_THUAN_AN',
    nameVi: 'Ủy ban nhân dân xã Thuận An',
    nameEn: "Thuan An Commune People's Committee",
    kind: 'COMMUNE',
    parentCode: 'UBND_TINH',
    external: false,
    borderArea: true,
  },
  {
    code: 'CA_XA_THUAN_AN',
    nameVi: 'Công an xã Thuận An',
    nameEn: 'Thuan An Commune Police',
    kind: 'POLICE',
    parentCode: 'CA_TINH',
    external: false,
    borderArea: true,
  },
  {
    code: 'UBND_XA_DAK_WIL',
    nameVi: 'Ủy ban nhân dân xã Đắk Wil',
    nameEn: "Dak Wil Commune People's Committee",
    kind: 'COMMUNE',
    parentCode: 'UBND_TINH',
    external: false,
    borderArea: true,
  },
  {
    code: 'CA_XA_DAK_WIL',
    nameVi: 'Công an xã Đắk Wil',
    nameEn: 'Dak Wil Commune Police',
    kind: 'POLICE',
    parentCode: 'CA_TINH',
    external: false,
    borderArea: true,
  },

  // ── External counterparts (no access to the system) ───────────────────────────────────────────────────────────
  {
    code: 'EXT_MONDULKIRI',
    nameVi: 'Chính quyền và Công an tỉnh Mondulkiri, Vương quốc Campuchia',
    nameEn: 'Mondulkiri provincial authorities and police, Kingdom of Cambodia',
    kind: 'EXTERNAL',
    parentCode: null,
    external: true,
    borderArea: false,
  },
  {
    code: 'EXT_DSQ_PHNOMPENH',
    nameVi: 'Đại sứ quán Việt Nam tại Phnôm Pênh, Campuchia',
    nameEn: 'Embassy of Viet Nam in Phnom Penh, Cambodia',
    kind: 'EXTERNAL',
    parentCode: null,
    external: true,
    borderArea: false,
  },
];

/**
 * Added by migration 1764700000001 (the list above stays as migration 1764300000001 inserted it): the Consulates
 * General of Viet Nam in Battambang and Sihanoukville, counterparts outside the system like the embassy.
 */
export const CONSULATES_SEED: AgencySeed[] = [
  {
    code: 'EXT_TLSQ_BATTAMBANG',
    nameVi: 'Tổng Lãnh sự quán Việt Nam tại Battambang, Campuchia',
    nameEn: 'Consulate General of Viet Nam in Battambang, Cambodia',
    kind: 'EXTERNAL',
    parentCode: null,
    external: true,
    borderArea: false,
  },
  {
    code: 'EXT_TLSQ_SIHANOUKVILLE',
    nameVi: 'Tổng Lãnh sự quán Việt Nam tại Sihanoukville, Campuchia',
    nameEn: 'Consulate General of Viet Nam in Sihanoukville, Cambodia',
    kind: 'EXTERNAL',
    parentCode: null,
    external: true,
    borderArea: false,
  },
];
