import { narrative } from "./index";
import type { CommuneSummary } from "../types";

/** The English narrative: numbers grouped with commas (English prose), people and cases pluralised. */
function totals(rc: number, rh: number, cc: number, ch: number, amt: number) {
  const t: Omit<CommuneSummary, "commune"> = {
    before: { commune: 0, hamlet: 0 },
    after: { commune: 0, hamlet: 0 },
    reduction: { commune: rc, hamlet: rh },
    cases: { commune: cc, hamlet: ch, total: cc + ch },
    amount: { commune: 0, hamlet: 0, total: amt },
  };
  return t;
}

describe("English narrative", () => {
  test("the founding figures: commas for thousands", () => {
    expect(narrative(totals(30, 85, 25, 88, 1149540875), [], null, "en")).toEqual([
      "The rearrangement cut 30 people at commune level and 85 in the hamlets and urban quarters.",
      "Severance for leaving was paid in 113 cases (25 commune-level, 88 hamlet-level), 1,149,540,875 đồng in all.",
    ]);
  });

  test("one person, one case", () => {
    expect(narrative(totals(1, 0, 1, 0, 5000000), [], null, "en")).toEqual([
      "The rearrangement cut 1 person at commune level and 0 in the hamlets and urban quarters.",
      "Severance for leaving was paid in 1 case (1 commune-level, 0 hamlet-level), 5,000,000 đồng in all.",
    ]);
  });

  test("a rise of 1,200 is grouped too", () => {
    expect(narrative(totals(-1200, 3, 0, 0, 0), [], null, "en")[0]).toBe(
      "After the rearrangement, the number of commune-level people rose by 1,200 and the number in the hamlets and urban quarters fell by 3."
    );
  });
});
