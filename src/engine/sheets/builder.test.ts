import { SheetBuilder } from "./builder";
import { sheetRecipes } from "./build";
import { sampleAnalysis } from "./__fixtures__/analysis";

const PRINT = { orientation: "portrait", fitToWidth: true, printTitleRows: null } as const;

describe("SheetBuilder", () => {
  test("cells come out by row and column, one per cell, the last write winning", () => {
    const b = new SheetBuilder("findings", [10, 10, 10]);
    b.set(2, 1, "first at A2");
    b.set(1, 3, "C1");
    b.set(1, 1, "A1", "td");
    b.set(2, 1, "second at A2");
    const cells = b.build("Kiểm tra", PRINT, null).cells;
    expect(cells.map((c) => [c.row, c.col, c.value])).toEqual([
      [1, 1, "A1"],
      [1, 3, "C1"],
      [2, 1, "second at A2"],
    ]);
    expect(cells[0].style).toBe("td");
    expect("style" in cells[1]).toBe(false);
  });

  test("written in order, a rewrite of the last cell still replaces it", () => {
    const b = new SheetBuilder("findings", [10]);
    b.set(1, 1, "x");
    b.set(1, 1, "y");
    b.set(3, 2, 5);
    expect(b.build("Kiểm tra", PRINT, null).cells.map((c) => c.value)).toEqual(["y", 5]);
  });
});

describe("sheetRecipes", () => {
  test("name and kind are known before building, and each recipe builds its document", () => {
    const a = sampleAnalysis();
    const recipes = sheetRecipes(a, { documentDate: "2019-01-15" });
    expect(recipes.map((r) => r.name)).toEqual([
      "Tổng hợp",
      "Danh sách chi trả",
      "Danh sách bố trí",
      "Kiểm tra",
      "Chi tiết tính",
    ]);
    const built = recipes.map((r) => r.build());
    expect(built.map((s) => [s.kind, s.name])).toEqual(recipes.map((r) => [r.kind, r.name]));
    // Each recipe makes a document of its own, not one shared: they differ in size.
    expect(new Set(built.map((b) => b.cells.length)).size).toBeGreaterThan(1);
  });
});
