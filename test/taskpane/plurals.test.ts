/**
 * Every English count phrase of the pane at 0, 1 and 2 (and one with thousands): the noun
 * agrees with the number ("1 finding", "2 findings", "1 person", "2 people"). Expected texts
 * written by hand.
 */
import { STRINGS } from "../../src/taskpane/strings";

const en = STRINGS.en;

const cases: [string, (n: number) => string, [string, string, string]][] = [
  ["people", en.people, ["0 people", "1 person", "2 people"]],
  [
    "unrecognisedHeaders",
    en.unrecognisedHeaders,
    ["0 columns not recognised", "1 column not recognised", "2 columns not recognised"],
  ],
  [
    "filtered (total)",
    (n) => en.filtered(0, n),
    ["Showing 0 of 0 findings", "Showing 0 of 1 finding", "Showing 0 of 2 findings"],
  ],
  [
    "findingsCount (errors)",
    (n) => en.findingsCount(n, 1, 1),
    [
      "0 errors · 1 warning · 1 note",
      "1 error · 1 warning · 1 note",
      "2 errors · 1 warning · 1 note",
    ],
  ],
  [
    "findingsCount (warnings)",
    (n) => en.findingsCount(1, n, 1),
    [
      "1 error · 0 warnings · 1 note",
      "1 error · 1 warning · 1 note",
      "1 error · 2 warnings · 1 note",
    ],
  ],
  [
    "findingsCount (notes)",
    (n) => en.findingsCount(1, 1, n),
    [
      "1 error · 1 warning · 0 notes",
      "1 error · 1 warning · 1 note",
      "1 error · 1 warning · 2 notes",
    ],
  ],
  [
    "findingsTab (errors)",
    (n) => en.findingsTab(n, 2),
    [
      "Findings (0 errors, 2 warnings)",
      "Findings (1 error, 2 warnings)",
      "Findings (2 errors, 2 warnings)",
    ],
  ],
  [
    "findingsTab (warnings)",
    (n) => en.findingsTab(2, n),
    [
      "Findings (2 errors, 0 warnings)",
      "Findings (2 errors, 1 warning)",
      "Findings (2 errors, 2 warnings)",
    ],
  ],
  ["showAll", en.showAll, ["Show 0 more findings", "Show 1 more finding", "Show 2 more findings"]],
  ["generated", en.generated, ["0 tables generated.", "1 table generated.", "2 tables generated."]],
  [
    "draftWarning",
    en.draftWarning,
    [
      '0 errors remain: the tables are marked "DỰ THẢO" (draft).',
      '1 error remains: the tables are marked "DỰ THẢO" (draft).',
      '2 errors remain: the tables are marked "DỰ THẢO" (draft).',
    ],
  ],
  [
    "policySheetBad",
    en.policySheetBad,
    [
      "Reading the Quy định sheet back: 0 errors.",
      "Reading the Quy định sheet back: 1 error.",
      "Reading the Quy định sheet back: 2 errors.",
    ],
  ],
  [
    "imported",
    (n) => en.imported(n, "A"),
    ["Imported 0 files: A.", "Imported 1 file: A.", "Imported 2 files: A."],
  ],
  ["perPerson", en.perPerson, ["Each person (0)", "Each person (1)", "Each person (2)"]],
  [
    "showMorePeople",
    en.showMorePeople,
    ["Show 0 more people", "Show 1 more person", "Show 2 more people"],
  ],
];

describe.each(cases)("English %s", (_name, phrase, [zero, one, two]) => {
  test("at 0, 1 and 2", () => {
    expect([phrase(0), phrase(1), phrase(2)]).toEqual([zero, one, two]);
  });
});

test("thousands are grouped with commas in English, with dots in Vietnamese", () => {
  expect(en.people(1200)).toBe("1,200 people");
  expect(en.showAll(1500)).toBe("Show 1,500 more findings");
  expect(en.findingsCount(1001, 0, 0)).toBe("1,001 errors · 0 warnings · 0 notes");
  expect(STRINGS.vi.findingsCount(1001, 2, 0)).toBe("1.001 lỗi · 2 cảnh báo · 0 thông tin");
  expect(STRINGS.vi.findingsTab(1200, 1)).toBe("Lỗi (1.200 lỗi, 1 cảnh báo)");
});
