import { newWorkbook } from "../../src/xlsx/package-write";
import { WorkbookPackage } from "../../src/xlsx/package";
import { sheetRecipes, type SheetRecipe } from "../../src/engine";
import { sampleAnalysis } from "../../src/engine/sheets/__fixtures__/analysis";

describe("the package writer given recipes", () => {
  test("builds each document once, in document order, and writes them all", async () => {
    const log: string[] = [];
    const recipes: SheetRecipe[] = sheetRecipes(sampleAnalysis(), {
      documentDate: "2019-01-15",
    }).map((r) => ({
      kind: r.kind,
      name: r.name,
      build: () => {
        log.push(r.kind);
        return r.build();
      },
    }));
    const written = await newWorkbook(recipes);
    expect(log).toEqual(["summary", "payments", "arrangement", "findings", "trace"]);
    const pkg = new WorkbookPackage(written.bytes);
    expect(pkg.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Danh sách chi trả",
      "Danh sách bố trí",
      "Kiểm tra",
      "Chi tiết tính",
    ]);
  });
});
