import type { FieldKey } from "../../src/engine/types";

/**
 * Header wordings as clerks write them on rosters (DOMAIN §4.1), each with the field it must map
 * to. Collected from the forms communes send: the NQ 77 / ND 34 / ND 33 / ND 154 lists, the
 * sample district and the ways a clerk retypes them (abbreviations, no accents, capitals, NFD
 * text pasted from the web, line breaks inside the cell, units and column numbers). Add any
 * wording a clerk could plausibly write.
 *
 * A one-row wording is `text`; a two-row header is a group over sub-columns (`group` merged over
 * as many columns as there are `subs`).
 */
export type CorpusEntry =
  { text: string; field: FieldKey } | { group: string; subs: { text: string; field: FieldKey }[] };

const NFD = (s: string): string => s.normalize("NFD");

export const HEADER_CORPUS: CorpusEntry[] = [
  // ── seq
  { text: "STT", field: "seq" },
  { text: "TT", field: "seq" },
  { text: "Số TT", field: "seq" },
  { text: "Số thứ tự", field: "seq" },
  { text: "S.T.T", field: "seq" },
  // ── name
  { text: "Họ và tên", field: "name" },
  { text: "Họ tên", field: "name" },
  { text: "Họ, chữ đệm và tên", field: "name" },
  { text: "HỌ VÀ TÊN", field: "name" },
  { text: "Ho va ten", field: "name" },
  { text: NFD("Họ và tên"), field: "name" },
  { text: "Họ và tên\nngười hoạt động không chuyên trách", field: "name" },
  { text: "Họ và tên (2)", field: "name" },
  { text: "Họ tên NKCT", field: "name" },
  { text: "Họ và tên cán bộ", field: "name" },
  // ── birth
  { text: "Năm sinh", field: "birth" },
  { text: "Ngày sinh", field: "birth" },
  { text: "Ngày, tháng, năm sinh", field: "birth" },
  { text: "Ngày tháng năm sinh", field: "birth" },
  { text: "NĂM SINH", field: "birth" },
  { text: "Sinh năm", field: "birth" },
  { text: "Ngày/tháng/năm sinh (3)", field: "birth" },
  {
    group: "Năm sinh",
    subs: [
      { text: "Nam", field: "birthMale" },
      { text: "Nữ", field: "birthFemale" },
    ],
  },
  {
    group: "Ngày, tháng, năm sinh",
    subs: [
      { text: "Nam", field: "birthMale" },
      { text: "Nữ", field: "birthFemale" },
    ],
  },
  // ── gender
  { text: "Giới tính", field: "gender" },
  { text: "Nam/Nữ", field: "gender" },
  { text: "Giới\ntính", field: "gender" },
  // ── commune
  { text: "Xã", field: "commune" },
  { text: "Xã, thị trấn", field: "commune" },
  { text: "Xã/phường/thị trấn", field: "commune" },
  { text: "Tên xã", field: "commune" },
  { text: "Đơn vị", field: "commune" },
  { text: "Đơn vị hành chính cấp xã", field: "commune" },
  { text: "Xã, phường", field: "commune" },
  { text: "XA", field: "commune" },
  // ── hamlet
  { text: "Ấp", field: "hamlet" },
  { text: "Ấp, khu phố", field: "hamlet" },
  { text: "Ấp/khu phố", field: "hamlet" },
  { text: "Thôn, tổ dân phố", field: "hamlet" },
  { text: "Tên ấp", field: "hamlet" },
  { text: "Khóm, ấp", field: "hamlet" },
  { text: "Thôn", field: "hamlet" },
  { text: "Ap, khu pho", field: "hamlet" },
  { text: "Tổ dân phố", field: "hamlet" },
  { text: "Ấp cũ", field: "hamlet" },
  { text: "Thôn trước sắp xếp", field: "hamlet" },
  // ── hamlet after a merger (DOMAIN §10.3)
  { text: "Thôn sau sắp xếp", field: "hamletAfter" },
  { text: "Ấp mới", field: "hamletAfter" },
  { text: "Ấp sau khi sáp nhập", field: "hamletAfter" },
  { text: "Thôn, tổ dân phố mới", field: "hamletAfter" },
  { text: "Khu phố mới (sau sắp xếp)", field: "hamletAfter" },
  // ── title
  { text: "Chức danh", field: "title" },
  { text: "Chức danh đang đảm nhiệm", field: "title" },
  { text: "Chức danh hiện nay", field: "title" },
  { text: "Chức vụ", field: "title" },
  { text: "CHỨC DANH", field: "title" },
  { text: "Chức danh\n(7)", field: "title" },
  { text: "Chức danh người hoạt động không chuyên trách", field: "title" },
  { text: "Vị trí việc làm", field: "title" },
  // ── concurrent
  { text: "Kiêm nhiệm", field: "concurrent" },
  { text: "Chức danh kiêm nhiệm", field: "concurrent" },
  { text: "Chức vụ kiêm nhiệm", field: "concurrent" },
  { text: "Kiêm nhiệm chức danh", field: "concurrent" },
  {
    group: "Chức danh",
    subs: [
      { text: "Chính", field: "title" },
      { text: "Kiêm nhiệm", field: "concurrent" },
    ],
  },
  // ── coefficient
  { text: "Hệ số", field: "coefficient" },
  { text: "Hệ số phụ cấp", field: "coefficient" },
  { text: "HS phụ cấp", field: "coefficient" },
  { text: "Hệ số PC", field: "coefficient" },
  { text: "HSPC", field: "coefficient" },
  { text: "Hệ số phụ cấp hiện hưởng", field: "coefficient" },
  { text: "He so phu cap", field: "coefficient" },
  // ── concurrentCoefficient
  { text: "Hệ số kiêm nhiệm", field: "concurrentCoefficient" },
  { text: "HS kiêm nhiệm", field: "concurrentCoefficient" },
  { text: "Hệ số phụ cấp kiêm nhiệm", field: "concurrentCoefficient" },
  {
    group: "Hệ số phụ cấp",
    subs: [
      { text: "Chức danh chính", field: "coefficient" },
      { text: "Kiêm nhiệm", field: "concurrentCoefficient" },
    ],
  },
  // ── allowance
  { text: "Mức phụ cấp", field: "allowance" },
  { text: "Mức phụ cấp hằng tháng (đồng)", field: "allowance" },
  { text: "Mức phụ cấp hiện hưởng (đồng)", field: "allowance" },
  { text: "Phụ cấp hiện hưởng", field: "allowance" },
  { text: "Phụ cấp (đồng)", field: "allowance" },
  { text: "Mức phụ cấp\nhiện hưởng\n(đồng)", field: "allowance" },
  { text: "Mức PC hàng tháng", field: "allowance" },
  { text: "Mức hưởng", field: "allowance" },
  // ── concurrentAllowance
  { text: "Phụ cấp kiêm nhiệm", field: "concurrentAllowance" },
  { text: "Mức phụ cấp kiêm nhiệm (đồng)", field: "concurrentAllowance" },
  {
    group: "Mức phụ cấp (đồng)",
    subs: [
      { text: "Chính", field: "allowance" },
      { text: "Kiêm nhiệm", field: "concurrentAllowance" },
    ],
  },
  // ── start
  { text: "Ngày bắt đầu công tác", field: "start" },
  { text: "Thời gian bắt đầu công tác", field: "start" },
  { text: "Thời điểm bắt đầu làm việc", field: "start" },
  { text: "Ngày tham gia công tác", field: "start" },
  { text: "Tháng năm bắt đầu", field: "start" },
  { text: "Từ ngày", field: "start" },
  { text: "Thời gian công tác (từ ngày)", field: "start" },
  { text: "Ngày vào làm", field: "start" },
  { text: "Năm vào công tác", field: "start" },
  { text: "Ngày tuyển dụng", field: "start" },
  { text: "Ngày nhận nhiệm vụ", field: "start" },
  { text: "Thoi gian bat dau", field: "start" },
  { text: "NGÀY BẮT ĐẦU CÔNG TÁC", field: "start" },
  { text: "Thời gian giữ chức danh từ", field: "start" },
  { text: "Ngày bắt đầu đảm nhiệm chức danh", field: "start" },
  // ── end
  { text: "Ngày thôi việc", field: "end" },
  { text: "Ngày nghỉ việc", field: "end" },
  { text: "Thời gian nghỉ việc", field: "end" },
  { text: "Thời điểm thôi việc", field: "end" },
  { text: "Đến ngày", field: "end" },
  { text: "Ngày nghỉ", field: "end" },
  { text: "Tháng năm thôi việc", field: "end" },
  { text: "Ngày kết thúc", field: "end" },
  { text: "Ngày chấm dứt hoạt động", field: "end" },
  { text: "Thoi diem nghi viec", field: "end" },
  {
    group: "Thời gian công tác",
    subs: [
      { text: "Từ", field: "start" },
      { text: "Đến", field: "end" },
    ],
  },
  {
    group: "Thời gian làm NKCT",
    subs: [
      { text: "Từ tháng năm", field: "start" },
      { text: "Đến tháng năm", field: "end" },
    ],
  },
  {
    group: "Thời gian",
    subs: [
      { text: "Bắt đầu", field: "start" },
      { text: "Thôi việc", field: "end" },
    ],
  },
  // ── decision
  { text: "Phương án", field: "decision" },
  { text: "Phương án bố trí", field: "decision" },
  { text: "Kết quả sắp xếp", field: "decision" },
  { text: "Đề xuất", field: "decision" },
  { text: "Dự kiến bố trí", field: "decision" },
  { text: "Hình thức sắp xếp", field: "decision" },
  { text: "Phương án giải quyết", field: "decision" },
  { text: "Đề xuất phương án", field: "decision" },
  { text: "Hướng giải quyết", field: "decision" },
  { text: "Kết quả", field: "decision" },
  { text: "PHƯƠNG ÁN\n(14)", field: "decision" },
  { text: "Phuong an sap xep", field: "decision" },
  { text: "Dự kiến sắp xếp, bố trí", field: "decision" },
  // ── round
  { text: "Đợt", field: "round" },
  { text: "Đợt chi trả", field: "round" },
  { text: "Đợt giải quyết", field: "round" },
  // ── periods (DOMAIN §10.4)
  { text: "Quá trình công tác", field: "periods" },
  { text: "Các thời gian công tác", field: "periods" },
  { text: "Các giai đoạn công tác\n(từ tháng - đến tháng)", field: "periods" },
  { text: "QUA TRINH CONG TAC", field: "periods" },
  // ── reducedRetirement (Phụ lục II, Nghị định 135/2020)
  { text: "Nghỉ hưu ở tuổi thấp hơn", field: "reducedRetirement" },
  { text: "Số năm giảm tuổi nghỉ hưu", field: "reducedRetirement" },
  // ── nd154Paid (DOMAIN §10.2, refund rule)
  { text: "Đã hưởng chế độ NĐ 154", field: "nd154Paid" },
  { text: "Ngày hưởng chế độ theo NĐ 154/2025", field: "nd154Paid" },
  // ── note
  { text: "Ghi chú", field: "note" },
  { text: "GHI CHÚ", field: "note" },
  { text: "Ghi chú (16)", field: "note" },
  { text: "Chú thích", field: "note" },
  // ── harder ones: words of their own, content deciding
  { text: "Thời gian công tác", field: "start" },
  { text: "Năm bắt đầu làm NKCT", field: "start" },
  { text: "Ngày về làm việc tại xã", field: "start" },
  { text: "Ngày hết nhiệm vụ", field: "end" },
  { text: "Chức danh được bố trí", field: "title" },
  { text: "Ấp (khu phố)", field: "hamlet" },
  { text: "Tên thôn", field: "hamlet" },
  { text: "Mức phụ cấp/tháng", field: "allowance" },
  { text: "Số tiền phụ cấp hàng tháng", field: "allowance" },
  { text: "Tiền phụ cấp", field: "allowance" },
  { text: "Họ và tên\r\n(Nam, Nữ)", field: "name" },
  { text: "Xã/Phường", field: "commune" },
];

/** Headers of columns a roster carries but does not read: they must map to nothing. */
export const UNRELATED_HEADERS: string[] = [
  "Số CCCD",
  "Số CMND",
  "Số điện thoại",
  "Trình độ chuyên môn",
  "Trình độ học vấn",
  "Dân tộc",
  "Tôn giáo",
  "Đảng viên",
  "Ngày vào Đảng",
  "Quê quán",
  "Địa chỉ thường trú",
  "Số sổ BHXH",
  "Số tài khoản",
  "Ký nhận",
  "Ngày cấp",
  "Nơi cấp",
  "Lý luận chính trị",
];

/** Every (wording, field) of the corpus, two-row groups counted per sub-column. */
export function corpusWordings(): { label: string; field: FieldKey }[] {
  return HEADER_CORPUS.flatMap((e) =>
    "text" in e
      ? [{ label: e.text, field: e.field }]
      : e.subs.map((s) => ({ label: `${e.group} / ${s.text}`, field: s.field }))
  );
}
