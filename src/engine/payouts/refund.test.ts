import { checkRefunds } from "./refund";
import { getPreset } from "../policy/presets";
import { member } from "../../../test/golden/members";

const THON = getPreset("nd154-2025-thon")!;
const NQ77 = getPreset("kien-giang-nq77-2017")!;
const kept = {
  decision: "keep" as const,
  hamlet: "Ấp Tràm Trổi",
  title: "Trưởng ấp",
  birth: "1975-04",
};

describe("refund-required (ND 154: paid, then arranged again within 60 months)", () => {
  test("a kept person whose ND 154 payment column has a date less than 60 months before the plan", () => {
    // Paid 08/2025, plan 01/09/2026: 13 months < 60.
    const m = member({ ...kept, name: "Trần Thị Hoàn", nd154Paid: "2025-08-15" });
    const f = checkRefunds([m], THON, "2026-09-01", "vi");
    expect(f.map((x) => [x.code, x.cell])).toEqual([["refund-required", `R${m.row}`]]);
    expect(f[0].message).toBe(
      "Trần Thị Hoàn: đã hưởng chế độ theo Nghị định 154/2025/NĐ-CP (15/08/2025) nhưng trong vòng 60 tháng lại được bố trí lại tại Ấp Tràm Trổi (xã Phú Mỹ); phải hoàn trả khoản đã nhận."
    );
  });

  test("60 months or more before the plan: no finding", () => {
    // Paid 09/2025, plan 09/2030: 60 months → outside the window; 08/2030 (59) → inside.
    const m = member({ ...kept, decision: "new", nd154Paid: "2025-09" });
    expect(checkRefunds([m], THON, "2030-09-01", "vi")).toEqual([]);
    expect(checkRefunds([m], THON, "2030-08-31", "vi").map((x) => x.code)).toEqual([
      "refund-required",
    ]);
  });

  test("paid and appointed to another title in the same plan", () => {
    const paid = member({ ...kept, name: "Lê Văn Hai", decision: "leave-paid" });
    const again = member({ ...kept, name: "Lê Văn Hai", decision: "new", title: "Bí thư Chi bộ" });
    const f = checkRefunds([paid, again], THON, null, "vi");
    expect(f.map((x) => [x.code, x.row, x.cells])).toEqual([
      ["refund-required", again.row, [`B${paid.row}`, `B${again.row}`]],
    ]);
  });

  test("the same title in the same unit is reappointed-after-severance's, not a second finding", () => {
    const paid = member({ ...kept, name: "Lê Văn Ba", decision: "leave-paid" });
    const again = member({ ...kept, name: "Lê Văn Ba", decision: "keep" });
    expect(checkRefunds([paid, again], THON, null, "vi")).toEqual([]);
  });

  test("a different birth year is another person; NQ 77 has no refund rule", () => {
    const paid = member({ ...kept, name: "Lê Văn Bốn", decision: "leave-paid", birth: "1970" });
    const again = member({
      ...kept,
      name: "Lê Văn Bốn",
      decision: "new",
      title: "Bí thư Chi bộ",
      birth: "1980",
    });
    expect(checkRefunds([paid, again], THON, null, "vi")).toEqual([]);
    const m = member({ ...kept, nd154Paid: "2025-08-15" });
    expect(checkRefunds([m], NQ77, "2026-09-01", "vi")).toEqual([]);
  });
});
