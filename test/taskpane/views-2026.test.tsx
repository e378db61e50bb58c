/**
 * @jest-environment jsdom
 */
/**
 * The pane under Nghị định 154/2025 (issue 10 item 7): the policy view says the formula's cases
 * and components in words and marks unverified values; the payout view gives each person's case
 * and components, and says beside the total when unverified values were used.
 */
import * as React from "react";
import { act, render, screen, fireEvent, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import "./jsdom-setup";
import { FluentProvider, webLightTheme } from "../../src/taskpane/fluent";
import { PayoutView } from "../../src/taskpane/components/PayoutView";
import PolicyView from "../../src/taskpane/components/PolicyView";
import { policyInfo } from "../../src/taskpane/controller";
import { STRINGS } from "../../src/taskpane/strings";
import { EMPTY_SETTINGS } from "../../src/taskpane/state";
import { getPreset } from "../../src/engine/policy/presets";
import { analyze } from "../../src/engine/analyze";
import { buildThon2026 } from "../../src/engine/sample/thon-2026";

const vi = STRINGS.vi;
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("PolicyView under nd154-2025-thon", () => {
  const policy = getPreset("nd154-2025-thon")!;
  // What the engine's worker sends the view for this preset (controller.policyInfo).
  const info = policyInfo({ ...EMPTY_SETTINGS, policyChoice: "nd154-2025-thon" }, null, "vi");
  const view = (onChange = jest.fn()) =>
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
        onWritePolicySheet={() => undefined}
      />
    );

  test("the four cases in words, each component, unverified values marked", () => {
    view();
    const f = screen.getByTestId("formula");
    expect(f).toHaveTextContent(
      "Trường hợp a: Dưới 60 tháng công tác, chưa đến tuổi nghỉ hưu (thời gian công tác dưới 60 tháng; còn đến tuổi nghỉ hưu từ 1 tháng)"
    );
    expect(f).toHaveTextContent("0,8 × PC × số tháng công tác");
    expect(f).toHaveTextContent("0,8 × PC × số tháng nghỉ trước tuổi nghỉ hưu");
    expect(f).toHaveTextContent("0,8 × PC × 60 tháng");
    expect(f).toHaveTextContent("1,5 × PC × số năm tính hưởng");
    expect(f).toHaveTextContent("15 × PC");
    expect(f).toHaveTextContent("PC: phụ cấp của chức danh chính (không tính kiêm nhiệm)");
    // Case c (its 60 months and extras), the months-early convention and rule B's thresholds:
    // 1 case line + 3 components + the convention + the bands = 6 unverified marks.
    expect(within(f).getAllByTestId("unverified")).toHaveLength(6);
  });

  test("the header form is chosen in the pane", () => {
    const onChange = jest.fn();
    view(onChange);
    fireEvent.change(screen.getByLabelText("Mẫu tiêu đề văn bản"), {
      target: { value: "province-department" },
    });
    expect(onChange).toHaveBeenLastCalledWith({
      info: { ...EMPTY_SETTINGS.info, headerForm: "province-department" },
    });
  });
});

/** Open the per-person list (jsdom does not toggle <details> on a click of its summary). */
function openPeople(summary: string): void {
  const details = screen.getByText(summary).closest("details") as HTMLDetailsElement;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
  });
}

describe("PayoutView on the 2026 sample", () => {
  const a = analyze(
    buildThon2026().map((s) => ({ sheet: s.name, firstRow: 1, firstCol: 1, cells: s.rows }))
  );

  test("each person's case and components; unverified beside the total", () => {
    wrap(<PayoutView strings={vi} report={a.report} generated={null} />);
    expect(screen.getByTestId("total-amount")).toHaveTextContent("805.165.300");
    expect(screen.getByTestId("total-unverified")).toHaveTextContent("có giá trị chưa kiểm chứng");
    // Folded, nobody is drawn; opened, the eight.
    expect(screen.queryAllByTestId("person-payout")).toHaveLength(0);
    openPeople("Từng người (8)");
    const people = screen.getAllByTestId("person-payout").map((e) => e.textContent);
    expect(people).toHaveLength(8);
    // Lan, case b: 0,8 × 3.036.000 × 28 = 68.006.400; × 1,5 × 15 = 68.310.000; × 3 = 9.108.000.
    expect(people.find((x) => x?.startsWith("Nguyễn Thị Lan"))).toBe(
      "Nguyễn Thị Lan — trường hợp b: 0,8 × PC × 28 tháng = 68.006.400; 1,5 × PC × 15 năm = 68.310.000; 3 × PC = 9.108.000 → 145.424.400 (chưa kiểm chứng)"
    );
    expect(people.find((x) => x?.startsWith("Huỳnh Thị Diệu"))).toBe(
      "Huỳnh Thị Diệu: chưa tính được"
    );
  });

  test("250 people are drawn a hundred at a time", () => {
    const [first] = a.report.payouts;
    const payouts = Array.from({ length: 250 }, (_, i) => ({
      ...first,
      member: { ...first.member, row: 1000 + i },
    }));
    wrap(<PayoutView strings={vi} report={{ ...a.report, payouts }} generated={null} />);
    openPeople("Từng người (250)");
    expect(screen.getAllByTestId("person-payout")).toHaveLength(100);
    fireEvent.click(screen.getByRole("button", { name: "Xem thêm 100 người" }));
    expect(screen.getAllByTestId("person-payout")).toHaveLength(200);
    fireEvent.click(screen.getByRole("button", { name: "Xem thêm 50 người" }));
    expect(screen.getAllByTestId("person-payout")).toHaveLength(250);
    expect(screen.queryByRole("button", { name: /^Xem thêm/ })).toBeNull();
  });
});
