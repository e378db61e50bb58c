import {
  candidateName,
  draftName,
  kindOfMarker,
  kindOfSheetNames,
  markerName,
  planSheetWrites,
  sheetMarkerName,
} from "./ownership";
import type { SheetSpec } from "./spec";

const spec = (kind: SheetSpec["kind"], name: string): SheetSpec =>
  ({
    kind,
    name,
    cells: [],
    styles: {},
    merges: [],
    columnWidths: [],
    rowHeights: {},
    print: {} as SheetSpec["print"],
    freezeRows: null,
  }) as SheetSpec;

describe("ownership", () => {
  test("marker names", () => {
    expect(markerName("summary")).toBe("DinhBien_summary");
    expect(kindOfMarker("DinhBien_payments")).toBe("payments");
    expect(kindOfMarker("DinhBien_other")).toBeNull();
    expect(kindOfMarker("Print_Titles")).toBeNull();
  });

  test("the marker inside a sheet, a copy's sheet-scoped workbook marker, and drafts", () => {
    expect(sheetMarkerName("trace")).toBe("DinhBien_Sheet_trace");
    expect(kindOfSheetNames(["Print_Area", "DinhBien_Sheet_trace"])).toBe("trace");
    // A copy of a marked sheet gets the workbook marker as a sheet-scoped name.
    expect(kindOfSheetNames(["DinhBien_summary"])).toBe("summary");
    expect(kindOfSheetNames(["DinhBien_Draft"])).toBe("draft");
    expect(kindOfSheetNames(["DinhBien_Draft", "DinhBien_Sheet_payments"])).toBe("payments");
    expect(kindOfSheetNames(["Print_Titles", "DinhBien_Sheet_other"])).toBeNull();
    expect(kindOfSheetNames([])).toBeNull();
  });

  test("draft names are free, recognisable and within 31 characters", () => {
    const taken = new Set(["~ Tổng hợp"]);
    expect(draftName("Tổng hợp", (n) => taken.has(n))).toBe("~ Tổng hợp (2)");
    const long = draftName("Danh sách chi trả trợ cấp thôi việc", () => false);
    expect(long.startsWith("~ ")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(31);
  });

  test("first run: names as given", () => {
    const plan = planSheetWrites(
      [{ name: "DS", marker: null }],
      [spec("summary", "Tổng hợp"), spec("findings", "Kiểm tra")]
    );
    expect(plan.remove).toEqual([]);
    expect(plan.targets.map((t) => t.name)).toEqual(["Tổng hợp", "Kiểm tra"]);
  });

  test("a clerk's sheet with the same name (any case) is kept; the new one gets (2), then (3)", () => {
    const plan = planSheetWrites(
      [
        { name: "tổng hợp", marker: null },
        { name: "Tổng hợp (2)", marker: null },
      ],
      [spec("summary", "Tổng hợp")]
    );
    expect(plan.remove).toEqual([]);
    expect(plan.targets[0].name).toBe("Tổng hợp (3)");
  });

  test("regeneration replaces only our own marked sheets", () => {
    const plan = planSheetWrites(
      [
        { name: "Tổng hợp", marker: null },
        { name: "Tổng hợp (2)", marker: "summary" },
        { name: "Kiểm tra", marker: "findings" },
        { name: "Ghi chú", marker: "trace" },
      ],
      [spec("summary", "Tổng hợp"), spec("findings", "Kiểm tra"), spec("trace", "Chi tiết tính")]
    );
    expect(plan.remove).toEqual(["Tổng hợp (2)", "Kiểm tra"]);
    expect(plan.targets.map((t) => t.name)).toEqual(["Tổng hợp (2)", "Kiểm tra", "Chi tiết tính"]);
  });

  test("a sheet marked as another kind is not replaced", () => {
    const plan = planSheetWrites(
      [{ name: "Kiểm tra", marker: "summary" }],
      [spec("findings", "Kiểm tra")]
    );
    expect(plan.remove).toEqual([]);
    expect(plan.targets[0].name).toBe("Kiểm tra (2)");
  });

  test("31-character limit", () => {
    const long = "Danh sách chi trả đợt 1 xã Tân Khánh Hòa";
    expect(candidateName(long, 1)).toBe("Danh sách chi trả đợt 1 xã Tân");
    const plan = planSheetWrites(
      [{ name: candidateName(long, 1), marker: null }],
      [spec("payments", long)]
    );
    expect(plan.targets[0].name.length).toBeLessThanOrEqual(31);
    expect(plan.targets[0].name.endsWith(" (2)")).toBe(true);
  });
});
