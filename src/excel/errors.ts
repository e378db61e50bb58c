import type { Lang } from "../engine";

/**
 * OfficeExtension.Error codes → what the clerk should do, in Vietnamese and English.
 * Codes are those documented for the Excel JavaScript API ("Error handling with the application-
 * specific JavaScript APIs").
 */
const MESSAGES: Record<string, { vi: string; en: string }> = {
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.",
    en: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Dữ liệu gửi sang Excel quá lớn cho một lần (giới hạn 5 MB của Excel trên web). Hãy chia danh sách thành nhiều sheet hoặc chạy theo từng đợt.",
    en: "Too much data for one request (Excel on the web's 5 MB limit). Split the roster across sheets or run one round at a time.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Dữ liệu đọc từ Excel quá lớn cho một lần (giới hạn 5 MB của Excel trên web). Hãy chia danh sách thành nhiều sheet.",
    en: "Too much data to read at once (Excel on the web's 5 MB limit). Split the roster across sheets.",
  },
  ItemNotFound: {
    vi: "Không tìm thấy sheet hoặc vùng ô cần dùng (có thể vừa bị đổi tên hoặc xóa). Chạy Kiểm tra lại.",
    en: "A sheet or range was not found (it may have been renamed or deleted). Run the check again.",
  },
  ItemAlreadyExists: {
    vi: "Đã có một sheet hoặc tên trùng. Chạy lại; nếu vẫn lỗi, đổi tên sheet trùng.",
    en: "A sheet or name with that name already exists. Run again; if it persists, rename the clashing sheet.",
  },
  AccessDenied: {
    vi: "Excel không cho phép sửa sổ tính này (sổ tính hoặc sheet đang được bảo vệ, hoặc chỉ đọc). Bỏ bảo vệ rồi thử lại.",
    en: "Excel denied the change (the workbook or a sheet is protected or read-only). Unprotect it and try again.",
  },
  InsertDeleteConflict: {
    vi: "Thao tác chèn/xóa xung đột với dữ liệu hiện có. Thử lại.",
    en: "An insert or delete conflicted with existing data. Try again.",
  },
  InvalidArgument: {
    vi: "Excel từ chối một giá trị được ghi (đối số không hợp lệ). Đây là lỗi của Định Biên; vui lòng báo lại kèm sổ tính.",
    en: "Excel rejected a value (invalid argument). This is a Định Biên bug; please report it with the workbook.",
  },
  InvalidReference: {
    vi: "Tham chiếu ô không hợp lệ. Chạy Kiểm tra lại.",
    en: "Invalid cell reference. Run the check again.",
  },
  InvalidOperation: {
    vi: "Excel không thực hiện được thao tác này lúc này. Thử lại.",
    en: "Excel cannot do this right now. Try again.",
  },
  InvalidSelection: {
    vi: "Không chọn được ô này. Mở sheet chứa ô rồi thử lại.",
    en: "That cell cannot be selected. Open its sheet and try again.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này không hỗ trợ chức năng cần dùng. Hãy cập nhật Excel.",
    en: "This version of Excel lacks a needed feature. Please update Excel.",
  },
  ActivityLimitReached: {
    vi: "Excel đang bận (quá nhiều thao tác). Đợi một lát rồi thử lại.",
    en: "Excel is busy (activity limit reached). Wait a moment and try again.",
  },
  Conflict: {
    vi: "Sổ tính vừa được người khác sửa cùng lúc. Thử lại.",
    en: "Someone else changed the workbook at the same time. Try again.",
  },
  GeneralException: {
    vi: "Excel gặp lỗi khi thực hiện yêu cầu. Lưu sổ tính rồi thử lại.",
    en: "Excel hit an error while processing the request. Save the workbook and try again.",
  },
  Timeout: {
    vi: "Excel mất quá nhiều thời gian để trả lời. Đợi một lát rồi thử lại; với danh sách rất lớn, hãy chạy từ ngăn Định Biên.",
    en: "Excel took too long to answer. Wait a moment and try again; for a very large roster, run it from the Định Biên pane.",
  },
  RangeExceedsLimit: {
    vi: "Vùng ô quá lớn để Excel xử lý một lần (có thể có một ô lẻ ở rất xa, ví dụ dòng 1.048.576). Xóa các ô thừa bên dưới/bên phải danh sách rồi thử lại.",
    en: "The range is too large for Excel to handle at once (perhaps a stray cell far away, e.g. row 1,048,576). Delete the stray cells below or right of the roster and try again.",
  },
  OperationCellsExceedLimit: {
    vi: "Thao tác chạm tới quá nhiều ô cho một lần. Xóa các ô thừa bên dưới/bên phải danh sách rồi thử lại.",
    en: "The operation touches too many cells at once. Delete stray cells below or right of the roster and try again.",
  },
  RequestAborted: {
    vi: "Yêu cầu bị hủy giữa chừng (sổ tính vừa đóng hoặc tải lại). Mở lại sổ tính rồi thử lại.",
    en: "The request was aborted (the workbook closed or reloaded). Reopen the workbook and try again.",
  },
  InvalidOrTimedOutSession: {
    vi: "Phiên làm việc với sổ tính đã hết hạn. Lưu sổ tính, đóng và mở lại ngăn Định Biên rồi thử lại.",
    en: "The session with the workbook timed out. Save the workbook, close and reopen the Định Biên pane, then try again.",
  },
  InactiveWorkbook: {
    vi: "Sổ tính không còn đang mở trong cửa sổ này. Chọn lại cửa sổ sổ tính rồi thử lại.",
    en: "The workbook is no longer active in this window. Switch back to it and try again.",
  },
  MergedRangeConflict: {
    vi: "Một vùng ô gộp chặn thao tác. Bỏ gộp các ô trong sheet do Định Biên tạo rồi thử lại.",
    en: "A merged range blocks the operation. Unmerge the cells on the sheet Định Biên made and try again.",
  },
  FilteredRangeConflict: {
    vi: "Bộ lọc đang bật chặn thao tác. Tắt bộ lọc rồi thử lại.",
    en: "An active filter blocks the operation. Turn the filter off and try again.",
  },
  UnsupportedOperation: {
    vi: "Phiên bản Excel này không làm được thao tác này. Hãy cập nhật Excel hoặc dùng Excel trên máy tính.",
    en: "This version of Excel cannot do this. Update Excel or use Excel on the desktop.",
  },
  NotImplemented: {
    vi: "Phiên bản Excel này chưa có chức năng cần dùng. Hãy cập nhật Excel.",
    en: "This version of Excel lacks a needed feature. Please update Excel.",
  },
  PropertyNotLoaded: {
    vi: "Định Biên đọc một giá trị chưa tải từ Excel. Đây là lỗi của Định Biên; vui lòng báo lại kèm sổ tính.",
    en: "Định Biên read a value it had not loaded from Excel. This is a Định Biên bug; please report it with the workbook.",
  },
  Unauthenticated: {
    vi: "Cần đăng nhập lại Office.",
    en: "Please sign in to Office again.",
  },
};

const UNKNOWN = {
  vi: "Đã xảy ra lỗi không lường trước. Lưu sổ tính, đóng và mở lại ngăn Định Biên rồi thử lại; nếu vẫn lỗi, vui lòng báo lại kèm mã lỗi",
  en: "An unexpected error occurred. Save the workbook, close and reopen the Định Biên pane, then try again; if it persists, please report it with the error code",
};

export interface DescribedError {
  /** The OfficeExtension.Error code, or "Unknown". */
  code: string;
  message: string;
  /** Original text, for the details line. */
  detail: string;
}

/** A clear message for anything an Excel.run batch can throw. */
export function describeExcelError(e: unknown, lang: Lang): DescribedError {
  const code =
    typeof e === "object" &&
    e !== null &&
    "code" in e &&
    typeof (e as { code: unknown }).code === "string"
      ? (e as { code: string }).code
      : "Unknown";
  const detail = e instanceof Error ? e.message : String(e);
  const known = MESSAGES[code];
  if (known) return { code, message: known[lang], detail };
  // Never the raw text (it may be English, technical, or empty): it stays in `detail`.
  return { code, message: `${UNKNOWN[lang]} (${code}).`, detail };
}

export const EXCEL_ERROR_CODES = Object.keys(MESSAGES);
