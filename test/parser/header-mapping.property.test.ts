import fc from "fast-check";
import type { CellValue, FieldKey, Grid } from "../../src/engine/types";
import { parseRosters } from "../../src/engine/roster/parse";
import { HEADER_CORPUS, UNRELATED_HEADERS } from "./header-corpus";
import { FIELD_VALUES, UNRELATED_VALUES } from "./header-values";

/** One-row wordings of the corpus per field. */
const WORDINGS = new Map<FieldKey, string[]>();
for (const e of HEADER_CORPUS) {
  if (!("text" in e)) continue;
  WORDINGS.set(e.field, [...(WORDINGS.get(e.field) ?? []), e.text]);
}

const REQUIRED: FieldKey[] = ["name", "title", "decision"];
const OPTIONAL: FieldKey[] = [...WORDINGS.keys()].filter((f) => !REQUIRED.includes(f));

interface Column {
  header: string;
  field: FieldKey | null;
  values: CellValue[];
}

const rosterArb = fc
  .record({
    optional: fc.subarray(OPTIONAL),
    extras: fc.subarray(UNRELATED_HEADERS, { maxLength: 4 }),
    seed: fc.integer(),
  })
  .chain(({ optional, extras }) => {
    const fields = [...REQUIRED, ...optional];
    return fc
      .record({
        wordings: fc.tuple(...fields.map((f) => fc.constantFrom(...(WORDINGS.get(f) ?? [])))),
        order: fc.shuffledSubarray(
          [...fields.map((_, i) => i), ...extras.map((_, i) => fields.length + i)],
          { minLength: fields.length + extras.length }
        ),
      })
      .map(({ wordings, order }) => {
        const all: Column[] = [
          ...fields.map((f, i) => ({ header: wordings[i], field: f, values: FIELD_VALUES[f] })),
          ...extras.map((h) => ({ header: h, field: null, values: UNRELATED_VALUES })),
        ];
        return order.map((i) => all[i]);
      });
  });

function toGrid(columns: Column[]): Grid {
  return {
    sheet: "Phú Mỹ",
    firstRow: 1,
    firstCol: 1,
    cells: [
      ["DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH XÃ PHÚ MỸ"],
      columns.map((c) => c.header),
      ...[0, 1, 2, 3, 4].map((r) => columns.map((c) => c.values[r])),
    ],
  };
}

describe("header mapping, property", () => {
  test("any order of the columns, any of each field's wordings, unrelated columns among them: the right mapping", () => {
    fc.assert(
      fc.property(rosterArb, (columns) => {
        const roster = parseRosters([toGrid(columns)], { communeNames: ["Phú Mỹ"] });
        const expected: Partial<Record<FieldKey, number>> = {};
        columns.forEach((c, i) => {
          if (c.field) expected[c.field] = i + 1;
        });
        expect(roster.mappings).toHaveLength(1);
        expect(roster.mappings[0].headerRows).toEqual([2]);
        expect(roster.mappings[0].columns).toEqual(expected);
        // Each unrelated column is said to map to nothing.
        const unrecognised = roster.findings
          .filter((f) => f.code === "column-unrecognised")
          .map((f) => f.cell);
        const extraCells = columns
          .map((c, i) => ({ c, i }))
          .filter(({ c }) => c.field === null)
          .map(({ i }) => `${String.fromCharCode(65 + i)}2`);
        expect(unrecognised).toEqual(extraCells);
      }),
      { numRuns: 300 }
    );
  });
});
