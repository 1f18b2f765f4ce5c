/**
 * The deadline catalogue states legal bases in English (`BLTTHS 2015 art. 147(1)`, or a sentence). This renders them
 * in Vietnamese the way Vietnamese texts cite law ("Khoản 1 Điều 147 Bộ luật Tố tụng hình sự 2015"): a bare citation
 * by rule, a sentence from the table below, which holds every sentence of every catalogue version ever seeded so old
 * versions stay readable. A text found in neither gives null: the caller shows the English.
 */

const CODES: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /^BLTTHS 2015$/, name: 'Bộ luật Tố tụng hình sự 2015' },
  { pattern: /^Law 53\/2024(?:\/QH15)?(?: on Prevention and Combat of Human Trafficking)?$/, name: 'Luật Phòng, chống mua bán người 2024' },
  { pattern: /^Decree 162\/2025\/NĐ-CP$/, name: 'Nghị định 162/2025/NĐ-CP' },
  { pattern: /^Law on Legal Aid 2017$/, name: 'Luật Trợ giúp pháp lý 2017' },
];

const CITATION = /^(.+?) art\. (\d+)(?:[–-](\d+))?(?:\((\d+)\))?(?:\(([a-zđ])\))?$/;

/** One citation (`BLTTHS 2015 art. 172(2)(c)`, `Law 53/2024 art. 27(2)`, `BLTTHS 2015 art. 148–149`) in Vietnamese. */
export function renderLegalCitation(citation: string): string | null {
  const match = CITATION.exec(citation.trim());
  if (!match) return null;
  const [, source, article, lastArticle, clause, point] = match;
  const code = CODES.find((c) => c.pattern.test(source));
  if (!code) return null;
  const articles = lastArticle ? `Điều ${article}–${lastArticle}` : `Điều ${article}`;
  const parts = [point ? `điểm ${point}` : null, clause ? `khoản ${clause}` : null, articles, code.name].filter(Boolean).join(' ');
  return parts.charAt(0).toUpperCase() + parts.slice(1);
}

const LAW_53 = 'Law 53/2024/QH15 on Prevention and Combat of Human Trafficking';
const PLAN = 'Policy default, no period in law — Plan 184/KH-UBND';
const POLICY_PLAN_VI = 'Mặc định của tỉnh, luật không quy định thời hạn — Kế hoạch 184/KH-UBND';

/** The catalogue's sentences, English → Vietnamese. */
const SENTENCES: Readonly<Record<string, string>> = {
  'BLTTHS 2015 art. 147(2): the investigating agency, up to 2 months in all':
    'Khoản 2 Điều 147 Bộ luật Tố tụng hình sự 2015: Thủ trưởng Cơ quan điều tra, tổng cộng không quá 2 tháng',
  'BLTTHS 2015 art. 147(3): the chief procurator, once, ≤ 2 months, after the 2 months; asked ≥ 5 days before expiry; 4 months at most':
    'Khoản 3 Điều 147 Bộ luật Tố tụng hình sự 2015: Viện trưởng Viện kiểm sát gia hạn một lần, không quá 2 tháng, sau 2 tháng đầu; đề nghị chậm nhất 5 ngày trước khi hết hạn; tối đa 4 tháng',
  'BLTTHS 2015 art. 164(1)(b): 7 days from the decision to prosecute (unverified)':
    'Điểm b khoản 1 Điều 164 Bộ luật Tố tụng hình sự 2015: 7 ngày kể từ ngày ra quyết định khởi tố (chưa kiểm chứng)',
  'BLTTHS 2015 art. 172(2)(c): 2 extensions by the procuracy, each ≤ 4 months, at most 12 months in all; asked ≥ 10 days before expiry':
    'Điểm c khoản 2 Điều 172 Bộ luật Tố tụng hình sự 2015: Viện kiểm sát gia hạn 2 lần, mỗi lần không quá 4 tháng, tổng cộng không quá 12 tháng; đề nghị chậm nhất 10 ngày trước khi hết hạn',
  'BLTTHS 2015 art. 172(2)(c): twice, each ≤ 4 months; asked ≥ 10 days before expiry':
    'Điểm c khoản 2 Điều 172 Bộ luật Tố tụng hình sự 2015: hai lần, mỗi lần không quá 4 tháng; đề nghị chậm nhất 10 ngày trước khi hết hạn',
  'BLTTHS 2015 art. 172(2)(d): 3 extensions by the procuracy, each ≤ 4 months, at most 16 months in all; asked ≥ 10 days before expiry':
    'Điểm d khoản 2 Điều 172 Bộ luật Tố tụng hình sự 2015: Viện kiểm sát gia hạn 3 lần, mỗi lần không quá 4 tháng, tổng cộng không quá 16 tháng; đề nghị chậm nhất 10 ngày trước khi hết hạn',
  'BLTTHS 2015 art. 172(2)(d): three times, each ≤ 4 months; asked ≥ 10 days before expiry':
    'Điểm d khoản 2 Điều 172 Bộ luật Tố tụng hình sự 2015: ba lần, mỗi lần không quá 4 tháng; đề nghị chậm nhất 10 ngày trước khi hết hạn',
  'BLTTHS 2015 art. 240(1): the chief procurator, ≤ 15 days':
    'Khoản 1 Điều 240 Bộ luật Tố tụng hình sự 2015: Viện trưởng Viện kiểm sát gia hạn, không quá 15 ngày',
  'BLTTHS 2015 art. 240(1): the chief procurator, ≤ 30 days':
    'Khoản 1 Điều 240 Bộ luật Tố tụng hình sự 2015: Viện trưởng Viện kiểm sát gia hạn, không quá 30 ngày',
  'BLTTHS 2015 art. 277(1): 15 days from receiving the file back after supplementary investigation (not in processes.md; unverified)':
    'Khoản 1 Điều 277 Bộ luật Tố tụng hình sự 2015: 15 ngày kể từ ngày nhận lại hồ sơ sau điều tra bổ sung (chưa kiểm chứng)',
  'BLTTHS 2015 art. 277(1): 15 days from receiving the file back after supplementary investigation, the presiding judge decides to try':
    'Khoản 1 Điều 277 Bộ luật Tố tụng hình sự 2015: trong 15 ngày kể từ ngày nhận lại hồ sơ sau điều tra bổ sung, Thẩm phán chủ tọa phiên tòa ra quyết định đưa vụ án ra xét xử',
  'BLTTHS 2015 art. 148(2): within 24 hours of the decision, with its file':
    'Khoản 2 Điều 148 Bộ luật Tố tụng hình sự 2015: trong 24 giờ kể từ khi ra quyết định, gửi kèm hồ sơ',
  'BLTTHS 2015 art. 229(2): within 2 days of the decision': 'Khoản 2 Điều 229 Bộ luật Tố tụng hình sự 2015: trong 2 ngày kể từ ngày ra quyết định',
  'BLTTHS 2015 art. 277(1): the court president, once, ≤ 30 days':
    'Khoản 1 Điều 277 Bộ luật Tố tụng hình sự 2015: Chánh án Tòa án gia hạn một lần, không quá 30 ngày',
  'BLTTHS 2015 art. 277(3): 30 days for force majeure or an objective obstacle':
    'Khoản 3 Điều 277 Bộ luật Tố tụng hình sự 2015: 30 ngày khi có lý do bất khả kháng hoặc trở ngại khách quan',
  'BLTTHS 2015 art. 277(3): 30 days in all for force majeure or an objective obstacle':
    'Khoản 3 Điều 277 Bộ luật Tố tụng hình sự 2015: tổng cộng 30 ngày khi có lý do bất khả kháng hoặc trở ngại khách quan',
  'Decree 162/2025/NĐ-CP art. 17: the Department of Health (policy reach: 365 days in all)':
    'Điều 17 Nghị định 162/2025/NĐ-CP: Sở Y tế (theo chính sách của tỉnh: tổng cộng tối đa 365 ngày)',
  'Decree 162/2025/NĐ-CP art. 17: the facility director (policy reach: 180 days in all)':
    'Điều 17 Nghị định 162/2025/NĐ-CP: Giám đốc cơ sở hỗ trợ (theo chính sách của tỉnh: tổng cộng tối đa 180 ngày)',
  'Decree 162/2025/NĐ-CP art. 17: up to 120 days, extendable by the facility director or the Department of Health':
    'Điều 17 Nghị định 162/2025/NĐ-CP: tối đa 120 ngày, Giám đốc cơ sở hỗ trợ hoặc Sở Y tế có thể gia hạn',
  [`Joint Circular 01/2014/TTLT-BCA-BQP-BLĐTBXH-BNG; ${LAW_53} art. 30: immediately on reception (1 day is the province's reading)`]:
    'Thông tư liên tịch 01/2014/TTLT-BCA-BQP-BLĐTBXH-BNG; Điều 30 Luật Phòng, chống mua bán người 2024: ngay khi tiếp nhận (tỉnh hiểu là trong 1 ngày)',
  [`${LAW_53} art. 27(1) as amended by Law 86/2025/QH15: immediately (1 day is the province's reading)`]:
    'Khoản 1 Điều 27 Luật Phòng, chống mua bán người 2024, sửa đổi bởi Luật 86/2025/QH15: ngay lập tức (tỉnh hiểu là trong 1 ngày)',
  [`${LAW_53} art. 27(2) as amended by Law 86/2025/QH15`]: 'Khoản 2 Điều 27 Luật Phòng, chống mua bán người 2024, sửa đổi bởi Luật 86/2025/QH15',
  [`${LAW_53} art. 27, 31; Decree 162/2025/NĐ-CP sets the period (not verified): the former law's 20 days as a configurable default`]:
    'Điều 27, 31 Luật Phòng, chống mua bán người 2024; thời hạn do Nghị định 162/2025/NĐ-CP quy định (chưa kiểm chứng): tạm lấy 20 ngày của luật cũ, có thể điều chỉnh',
  [`${LAW_53} art. 30(1)(b): immediately (1 day is the province's reading)`]:
    'Điểm b khoản 1 Điều 30 Luật Phòng, chống mua bán người 2024: ngay lập tức (tỉnh hiểu là trong 1 ngày)',
  'Plan 184/KH-UBND: urgent tip with a victim in danger — rescue starts at once':
    'Kế hoạch 184/KH-UBND: tin báo khẩn cấp, nạn nhân đang gặp nguy hiểm — giải cứu ngay',
  'Policy default, no period in law — Law on Legal Aid 2017 art. 7 (victims of trafficking are entitled): within 10 days':
    'Mặc định của tỉnh, luật không quy định thời hạn — Điều 7 Luật Trợ giúp pháp lý 2017 (nạn nhân bị mua bán được trợ giúp pháp lý): trong 10 ngày',
  [`${PLAN}: cooperation with Mondulkiri province through foreign affairs or the border liaison`]: `${POLICY_PLAN_VI}: phối hợp với tỉnh Mondulkiri qua kênh ngoại vụ hoặc liên lạc biên giới`,
  [`${PLAN}: essential-needs support starts at the point of rescue (support itself: Law 53/2024 art. 37)`]: `${POLICY_PLAN_VI}: hỗ trợ nhu cầu thiết yếu bắt đầu ngay tại nơi giải cứu (việc hỗ trợ: Điều 37 Luật Phòng, chống mua bán người 2024)`,
  [`${PLAN}: follow-up of a cooperation request to Mondulkiri; an unanswered request escalates`]: `${POLICY_PLAN_VI}: theo dõi đề nghị phối hợp gửi tỉnh Mondulkiri; đề nghị không được trả lời thì báo cáo vượt cấp`,
  [`${PLAN}: hand each rescued person over for identification and reception`]: `${POLICY_PLAN_VI}: bàn giao từng người được giải cứu để xác định nạn nhân và tiếp nhận`,
  [`${PLAN}: joint operation of the police and the border guard`]: `${POLICY_PLAN_VI}: Công an và Bộ đội Biên phòng phối hợp giải cứu`,
  [`${PLAN}: rescue victims without delay`]: `${POLICY_PLAN_VI}: giải cứu nạn nhân không chậm trễ`,
  [`${PLAN}: the standing office coordinates when cooperation fails`]: `${POLICY_PLAN_VI}: cơ quan thường trực điều phối khi không phối hợp được`,
  'Policy default, no period in law: the verdict recorded within 30 days of the hearing opening':
    'Mặc định của tỉnh, luật không quy định thời hạn: ghi nhận bản án trong 30 ngày kể từ ngày mở phiên tòa',
  'Policy default, the law says "throughout the proceedings" — Law 53/2024 on Prevention and Combat of Human Trafficking: within 7 days':
    'Mặc định của tỉnh, luật quy định "trong suốt quá trình tố tụng" — Luật Phòng, chống mua bán người 2024: trong 7 ngày',
  [`Policy: ${LAW_53} art. 30(1)(b): on completion of reception, a child collected by relatives or escorted; 2 days is policy`]:
    'Chính sách của tỉnh: điểm b khoản 1 Điều 30 Luật Phòng, chống mua bán người 2024: khi hoàn thành tiếp nhận, trẻ em được gia đình đón hoặc đưa về; 2 ngày là quy định của tỉnh',
  [`Policy: ${LAW_53} art. 30(1)(b): on completion of reception; 2 days is policy`]:
    'Chính sách của tỉnh: điểm b khoản 1 Điều 30 Luật Phòng, chống mua bán người 2024: khi hoàn thành tiếp nhận; 2 ngày là quy định của tỉnh',
  [`Policy: ${LAW_53} art. 37(1)(b); no period in law`]:
    'Chính sách của tỉnh: điểm b khoản 1 Điều 37 Luật Phòng, chống mua bán người 2024; luật không quy định thời hạn',
  [`Policy: ${LAW_53} art. 37(1)(g); no period in law`]:
    'Chính sách của tỉnh: điểm g khoản 1 Điều 37 Luật Phòng, chống mua bán người 2024; luật không quy định thời hạn',
  [`Policy: ${LAW_53} art. 37(1)(h); Decree 162/2025/NĐ-CP art. 24 (second-hand); no period in law`]:
    'Chính sách của tỉnh: điểm h khoản 1 Điều 37 Luật Phòng, chống mua bán người 2024; Điều 24 Nghị định 162/2025/NĐ-CP (theo nguồn thứ cấp); luật không quy định thời hạn',
  [`Policy: ${LAW_53} art. 37(1)(i); Decree 162/2025/NĐ-CP art. 24 (second-hand); no period in law`]:
    'Chính sách của tỉnh: điểm i khoản 1 Điều 37 Luật Phòng, chống mua bán người 2024; Điều 24 Nghị định 162/2025/NĐ-CP (theo nguồn thứ cấp); luật không quy định thời hạn',
  [`Policy: ${LAW_53} art. 37(1)(k); Decree 162/2025/NĐ-CP art. 24 (second-hand); no period in law`]:
    'Chính sách của tỉnh: điểm k khoản 1 Điều 37 Luật Phòng, chống mua bán người 2024; Điều 24 Nghị định 162/2025/NĐ-CP (theo nguồn thứ cấp); luật không quy định thời hạn',
  [`Policy: ${LAW_53} art. 37(1)(đ); Law on Legal Aid 2017 art. 7; no period in law`]:
    'Chính sách của tỉnh: điểm đ khoản 1 Điều 37 Luật Phòng, chống mua bán người 2024; Điều 7 Luật Trợ giúp pháp lý 2017; luật không quy định thời hạn',
  'Policy: a child received needs protection at once (Law on Children 2016; no period in the trafficking law)':
    'Chính sách của tỉnh: trẻ em được tiếp nhận cần được bảo vệ ngay (Luật Trẻ em 2016; luật phòng, chống mua bán người không quy định thời hạn)',
  [`Policy: a plan of supports within 5 days of reception (eligibility: ${LAW_53} art. 37)`]:
    'Chính sách của tỉnh: lập kế hoạch hỗ trợ trong 5 ngày kể từ khi tiếp nhận (đối tượng được hỗ trợ: Điều 37 Luật Phòng, chống mua bán người 2024)',
  [`Policy: a rescued person reaches the health department's reception the same day (${LAW_53} art. 27; no period in law)`]:
    'Chính sách của tỉnh: người được giải cứu được đưa đến nơi tiếp nhận của Sở Y tế trong ngày (Điều 27 Luật Phòng, chống mua bán người 2024; luật không quy định thời hạn)',
  'Policy: periodic review of a suspended tip (BLTTHS 2015 art. 148)':
    'Chính sách của tỉnh: định kỳ xem xét tin báo bị tạm đình chỉ (Điều 148 Bộ luật Tố tụng hình sự 2015)',
  'Policy: the home commune checks on the person within 30 days of the transfer':
    'Chính sách của tỉnh: UBND xã nơi cư trú kiểm tra tình hình của người đó trong 30 ngày kể từ khi tiếp nhận',
  'Policy default': 'Mặc định của tỉnh',
};

/** A catalogue legal basis in Vietnamese, or null when neither the rule nor the table knows it. */
export function legalBasisVi(basis: string): string | null {
  return SENTENCES[basis] ?? renderLegalCitation(basis);
}

/** A catalogue legal basis in the reader's language: English as the catalogue holds it, Vietnamese when known. */
export function legalBasisIn(basis: string, language: 'vi' | 'en'): string {
  return language === 'en' ? basis : (legalBasisVi(basis) ?? basis);
}
