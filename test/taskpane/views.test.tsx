/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen, fireEvent, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import "./jsdom-setup";
import { FluentProvider, webLightTheme } from "../../src/taskpane/fluent";
import { createFinding } from "../../src/engine/findings/catalog";
import type { Finding, PayoutReport } from "../../src/engine/types";
import { FindingsView, groupFindings } from "../../src/taskpane/components/FindingsView";
import { PayoutView } from "../../src/taskpane/components/PayoutView";
import { MappingView, type SheetMapping } from "../../src/taskpane/components/MappingView";
import PolicyView from "../../src/taskpane/components/PolicyView";
import { policyInfo } from "../../src/taskpane/controller";
import { STRINGS, langOf, formatDong } from "../../src/taskpane/strings";
import { EMPTY_SETTINGS } from "../../src/taskpane/state";
import { getPreset } from "../../src/engine/policy/presets";

const vi = STRINGS.vi;
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

function findings(): Finding[] {
  return [
    createFinding("title-unknown", {
      at: { sheet: "Danh sách", row: 12, col: 6 },
      person: "Lê Văn Tám",
      commune: "Phú Mỹ",
      params: { value: "Phó CHT QS", nearest: "Phó Chỉ huy trưởng Quân sự" },
    }),
    createFinding("decision-unknown", {
      at: { sheet: "Danh sách", row: 14, col: 9 },
      person: "Thạch Sa Rươne",
      commune: "Phú Mỹ",
      params: { value: "Nghỉ luôn" },
    }),
    createFinding("date-invalid", {
      at: { sheet: "Danh sách", row: 20, col: 7 },
      person: "Trần Thị Bé",
      commune: "Vĩnh Điều",
      params: { value: "31/02/2010" },
    }),
  ];
}

describe("language", () => {
  test("Vietnamese unless Office runs in English", () => {
    expect(langOf("en-US")).toBe("en");
    expect(langOf("vi-VN")).toBe("vi");
    expect(langOf(undefined)).toBe("vi");
    expect(langOf("fr-FR")).toBe("vi");
  });
  test("amounts use . for thousands", () => {
    expect(formatDong(1149540875)).toBe("1.149.540.875");
    expect(formatDong(0)).toBe("0");
  });
});

describe("FindingsView", () => {
  test("groups by commune with counts, errors first, and reports clicks", () => {
    const fs = findings();
    const onSelect = jest.fn();
    wrap(<FindingsView strings={vi} findings={fs} onSelect={onSelect} />);
    expect(screen.getByRole("status")).toHaveTextContent("2 lỗi · 1 cảnh báo · 0 thông tin");
    const phuMy = screen.getByRole("region", { name: "Phú Mỹ" });
    expect(within(phuMy).getByText("1 lỗi · 1 cảnh báo · 0 thông tin")).toBeInTheDocument();
    const buttons = within(phuMy).getAllByRole("button");
    // the error (decision-unknown, row 14) comes before the warning (row 12)
    expect(buttons[0]).toHaveTextContent("Nghỉ luôn");
    expect(buttons[1]).toHaveTextContent("Có phải là «Phó Chỉ huy trưởng Quân sự»?");
    fireEvent.click(buttons[1]);
    expect(onSelect).toHaveBeenCalledWith(fs[0]);
    expect(screen.getByRole("region", { name: "Vĩnh Điều" })).toBeInTheDocument();
  });

  test("filters by commune, severity and code narrow the list and say so", () => {
    const fs = findings();
    wrap(<FindingsView strings={vi} findings={fs} onSelect={() => undefined} />);
    const items = () => screen.queryAllByTitle(/^Đến ô /).map((b) => b.getAttribute("title"));
    expect(items()).toHaveLength(3);
    // Severity «Cảnh báo»: the one warning (title-unknown, F12).
    fireEvent.change(screen.getByLabelText("Mức độ"), { target: { value: "warning" } });
    expect(items()).toEqual(["Đến ô Danh sách!F12"]);
    expect(screen.getByText("Đang xem 1/3")).toBeInTheDocument();
    // Severity back to all, commune Vĩnh Điều: its one finding (date-invalid, G20).
    fireEvent.change(screen.getByLabelText("Mức độ"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Xã"), { target: { value: "Vĩnh Điều" } });
    expect(items()).toEqual(["Đến ô Danh sách!G20"]);
    expect(screen.queryByRole("region", { name: "Phú Mỹ" })).toBeNull();
    // Commune back to all, code decision-unknown: I14.
    fireEvent.change(screen.getByLabelText("Xã"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Mã"), { target: { value: "decision-unknown" } });
    expect(items()).toEqual(["Đến ô Danh sách!I14"]);
    // The overall counts stay the whole list's.
    expect(screen.getByRole("status")).toHaveTextContent("2 lỗi · 1 cảnh báo · 0 thông tin");
  });

  test("a filter whose commune is gone after a new check lets every finding through", () => {
    const fs = findings();
    const { rerender } = wrap(
      <FindingsView strings={vi} findings={fs} onSelect={() => undefined} />
    );
    fireEvent.change(screen.getByLabelText("Xã"), { target: { value: "Vĩnh Điều" } });
    expect(screen.queryAllByTitle(/^Đến ô /)).toHaveLength(1);
    // Checked again: Vĩnh Điều's finding is fixed, only Phú Mỹ's two remain.
    rerender(
      <FluentProvider theme={webLightTheme}>
        <FindingsView strings={vi} findings={fs.slice(0, 2)} onSelect={() => undefined} />
      </FluentProvider>
    );
    expect(screen.queryAllByTitle(/^Đến ô /)).toHaveLength(2);
    expect(screen.getByLabelText("Xã")).toHaveValue("");
  });

  test("empty state says the roster is ready", () => {
    wrap(<FindingsView strings={vi} findings={[]} onSelect={() => undefined} />);
    expect(screen.getByRole("status")).toHaveTextContent("Không có lỗi nào");
  });

  test("groups without a commune fall under the sheet, then 'Chung'", () => {
    const f = createFinding("roster-not-found", {});
    expect(groupFindings([f], "Chung").map((g) => g.key)).toEqual(["Chung"]);
  });
});

function report(): PayoutReport {
  const c = (commune: string, cases: number, amount: number) => ({
    commune,
    before: { commune: 17, hamlet: 40 },
    after: { commune: 11, hamlet: 23 },
    reduction: { commune: 6, hamlet: 17 },
    cases: { commune: 5, hamlet: cases - 5, total: cases },
    amount: { commune: 1000, hamlet: amount - 1000, total: amount },
  });
  return {
    payouts: [],
    communes: [c("Phú Mỹ", 23, 250000000), c("Vĩnh Phú", 20, 199540875)],
    totals: {
      before: { commune: 34, hamlet: 80 },
      after: { commune: 22, hamlet: 46 },
      reduction: { commune: 12, hamlet: 34 },
      cases: { commune: 10, hamlet: 33, total: 43 },
      amount: { commune: 2000, hamlet: 449538875, total: 449540875 },
    },
    amountInWords:
      "Bốn trăm bốn mươi chín triệu năm trăm bốn mươi nghìn tám trăm bảy mươi lăm đồng",
    narrative: [],
  };
}

describe("PayoutView", () => {
  test("per commune rows, totals, amount in words", () => {
    wrap(<PayoutView strings={vi} report={report()} generated={null} />);
    const table = screen.getByRole("table", { name: "Chi trả" });
    expect(within(table).getByText("Phú Mỹ")).toBeInTheDocument();
    expect(within(table).getByText("250.000.000")).toBeInTheDocument();
    expect(screen.getByTestId("total-amount")).toHaveTextContent("449.540.875");
    expect(screen.getByText(/Bốn trăm bốn mươi chín triệu/)).toBeInTheDocument();
  });

  test("after generating: the sheets and the sentences; a draft warning when errors remain", () => {
    wrap(
      <PayoutView
        strings={vi}
        report={report()}
        generated={{
          names: ["Tổng hợp", "Kiểm tra"],
          narrative: ["Câu một.", "Câu hai."],
          errors: 3,
        }}
      />
    );
    expect(screen.getAllByTestId("narrative").map((e) => e.textContent)).toEqual([
      "Câu một.",
      "Câu hai.",
    ]);
    expect(screen.getByText(/Đã tạo 2 bảng/)).toBeInTheDocument();
    expect(screen.getByText(/Còn 3 lỗi/)).toBeInTheDocument();
  });

  test("no communes → says nobody is paid", () => {
    wrap(<PayoutView strings={vi} report={{ ...report(), communes: [] }} generated={null} />);
    expect(screen.getByText("Chưa có ai được chi trả.")).toBeInTheDocument();
  });
});

describe("MappingView", () => {
  const sheet: SheetMapping = {
    sheet: "Danh sách",
    headerRows: [5, 6],
    columns: { name: 2, birthMale: 3, birthFemale: 4, title: 5, decision: 9 },
    cells: [
      { col: 2, text: "Họ và tên", field: "name", likely: null },
      { col: 3, text: "Năm sinh - Nam", field: "birthMale", likely: null },
      { col: 4, text: "Năm sinh - Nữ", field: "birthFemale", likely: null },
      { col: 5, text: "Chức danh", field: "title", likely: null },
      { col: 6, text: "Đề xuất mới", field: null, likely: "decision" },
      { col: 9, text: "Phương án", field: "decision", likely: null },
    ],
    people: 42,
    detected: true,
  };
  const props = (over: Partial<React.ComponentProps<typeof MappingView>> = {}) => ({
    strings: vi,
    sheets: [sheet],
    activeSheet: "Danh sách",
    corrections: {},
    onCorrect: jest.fn(),
    onHeaderRows: jest.fn(),
    onUndo: jest.fn(),
    canUndo: false,
    onRerun: () => undefined,
    disabled: false,
    ...over,
  });

  test("shows each field's column, required fields marked, Nam / Nữ birth columns as such", () => {
    wrap(<MappingView {...props()} />);
    expect(screen.getByText(/42 người/)).toBeInTheDocument();
    expect(screen.getByText(/Dòng tiêu đề: 5, 6/)).toBeInTheDocument();
    expect(screen.getByText(/1 cột chưa nhận ra/)).toBeInTheDocument();
    const title = screen.getByLabelText(/^Chức danh/) as HTMLSelectElement;
    expect(title.value).toBe("auto");
    expect(title.selectedOptions[0].textContent).toBe("(tự nhận) E · Chức danh");
    expect(title).toHaveAttribute("aria-required", "true");
    expect(screen.getByLabelText(/^Họ và tên/)).toHaveAttribute("aria-required", "true");
    expect(screen.getByLabelText(/^Ghi chú|^Xã/)).not.toHaveAttribute("aria-required");
    // The sheet holds birth years in Nam / Nữ columns: those are shown, not one birth column.
    expect(screen.getByLabelText("Năm sinh (Nam)")).toBeInTheDocument();
    expect(screen.getByLabelText("Năm sinh (Nữ)")).toBeInTheDocument();
    expect(screen.queryByLabelText("Năm sinh")).toBeNull();
  });

  test("a mouse choice is made at once, with the column's header; none and detected too", () => {
    const p = props();
    wrap(<MappingView {...p} />);
    const title = screen.getByLabelText(/^Chức danh/);
    fireEvent.pointerDown(title);
    fireEvent.change(title, { target: { value: "6" } });
    expect(p.onCorrect).toHaveBeenCalledWith("Danh sách", "title", {
      col: 6,
      header: "Đề xuất mới",
    });
    fireEvent.change(screen.getByLabelText(/^Phương án/), { target: { value: "none" } });
    expect(p.onCorrect).toHaveBeenCalledWith("Danh sách", "decision", { col: null });
  });

  test("arrow keys do not choose: the choice waits for Enter or for leaving the field", () => {
    const p = props();
    wrap(<MappingView {...p} />);
    const title = screen.getByLabelText(/^Chức danh/) as HTMLSelectElement;
    title.focus();
    fireEvent.keyDown(title, { key: "ArrowDown" });
    fireEvent.change(title, { target: { value: "6" } });
    fireEvent.keyDown(title, { key: "ArrowDown" });
    fireEvent.change(title, { target: { value: "7" } });
    expect(p.onCorrect).not.toHaveBeenCalled();
    expect(title.value).toBe("7");
    expect(document.activeElement).toBe(title);
    fireEvent.keyDown(title, { key: "Enter" });
    expect(p.onCorrect).toHaveBeenCalledTimes(1);
    expect(p.onCorrect).toHaveBeenCalledWith("Danh sách", "title", { col: 7, header: undefined });
    // Another keyboard change, then leaving the field: one choice.
    fireEvent.keyDown(title, { key: "ArrowUp" });
    fireEvent.change(title, { target: { value: "5" } });
    fireEvent.blur(title);
    expect(p.onCorrect).toHaveBeenCalledTimes(2);
  });

  test("a stored correction shows as chosen; the header row can be chosen; undo is offered", () => {
    const p = props({
      corrections: { "Danh sách": { columns: { title: { col: 7 } } } },
      canUndo: true,
      disabled: true,
    });
    wrap(<MappingView {...p} />);
    const title = screen.getByLabelText(/^Chức danh/) as HTMLSelectElement;
    expect(title.value).toBe("7");
    // A run going on disables the buttons, never the dropdowns (focus stays where it is).
    expect(title).not.toBeDisabled();
    expect(screen.getByRole("button", { name: "Hoàn tác" })).toBeDisabled();
    const rows = screen.getByLabelText("Dòng tiêu đề");
    fireEvent.change(rows, { target: { value: "4-5" } });
    expect(p.onHeaderRows).toHaveBeenCalledWith("Danh sách", [4, 5]);
  });

  test("without a detected roster it offers the candidate sheet for mapping", () => {
    wrap(<MappingView {...props({ sheets: [{ ...sheet, detected: false, people: 0 }] })} />);
    expect(screen.getByText(/Chưa nhận ra danh sách/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Chức danh/)).toBeInTheDocument();
  });
});

describe("PolicyView", () => {
  const policy = getPreset("kien-giang-nq77-2017")!;
  // What the engine's worker sends the view for this preset (controller.policyInfo).
  const info = policyInfo({ ...EMPTY_SETTINGS, policyChoice: "kien-giang-nq77-2017" }, null, "vi");
  test("preset choice, base salary table, signers; buttons report", () => {
    const onChange = jest.fn();
    const onWrite = jest.fn();
    wrap(
      <PolicyView
        strings={vi}
        settings={EMPTY_SETTINGS}
        policy={policy}
        presets={info.presets}
        words={info.words}
        policySource="preset"
        policySheet={null}
        disabled={false}
        onChange={onChange}
        onSave={() => undefined}
        onWritePolicySheet={onWrite}
      />
    );
    expect(screen.getByRole("table", { name: "Mức lương cơ sở" })).toHaveTextContent("1.390.000");
    fireEvent.change(screen.getByLabelText("Quy định áp dụng"), { target: { value: "nd34-2019" } });
    expect(onChange).toHaveBeenCalledWith({ policyChoice: "nd34-2019" });
    fireEvent.change(screen.getByLabelText("Người lập biểu"), {
      target: { value: "Nguyễn Thị Lan" },
    });
    expect(onChange).toHaveBeenLastCalledWith({
      info: { ...EMPTY_SETTINGS.info, preparer: "Nguyễn Thị Lan" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Ghi sheet Quy định" }));
    expect(onWrite).toHaveBeenCalled();
  });

  test("a policy sheet that reads back with errors shows them", () => {
    const bad = createFinding("policy-invalid", {
      at: { sheet: "Quy định", row: 9, col: 2 },
      params: { key: "hamletCap", detail: "không phải số" },
    });
    wrap(
      <PolicyView
        strings={vi}
        settings={EMPTY_SETTINGS}
        policy={policy}
        presets={info.presets}
        words={info.words}
        policySource="sheet"
        policySheet={{ sheet: "Quy định", findings: [bad] }}
        disabled={false}
        onChange={() => undefined}
        onSave={() => undefined}
        onWritePolicySheet={() => undefined}
      />
    );
    expect(screen.getByText("Đọc lại sheet Quy định: 1 lỗi.")).toBeInTheDocument();
    expect(screen.getByText(/B9: /)).toBeInTheDocument();
  });
});
