import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { OutExtensionError, SameFileError } from "../../src/xlsx/generate";
import { generateFile } from "../../src/cli/workbook-file";
import { InputFileError } from "../../src/xlsx/read";
import { listMarkedSheets } from "../support/exceljs-layout";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/giang-thanh.xlsx");
const sha = (p: string): string =>
  crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");

describe("generateFile", () => {
  let dir: string;
  let input: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinhbien-gen-"));
    input = path.join(dir, "in.xlsx");
    fs.copyFileSync(SAMPLE, input);
  });

  test("writes a copy with the five documents and leaves the input byte for byte", async () => {
    const before = sha(input);
    const mtime = fs.statSync(input).mtimeMs;
    const out = path.join(dir, "out", "ket-qua.xlsx");
    const { analysis, names } = await generateFile(input, out, { documentDate: "2019-03-05" });
    expect(sha(input)).toBe(before);
    expect(fs.statSync(input).mtimeMs).toBe(mtime);
    expect(Object.keys(names)).toEqual([
      "Tổng hợp",
      "Danh sách chi trả",
      "Danh sách bố trí",
      "Kiểm tra",
      "Chi tiết tính",
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(
      listMarkedSheets(wb)
        .filter((s) => s.marker)
        .map((s) => s.name)
    ).toEqual(Object.values(names));
    // The total amount cell of Tổng hợp caches the engine's figure.
    const summary = wb.getWorksheet(names["Tổng hợp"]);
    const results: number[] = [];
    summary?.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as ExcelJS.CellFormulaValue;
        if (v && typeof v === "object" && "formula" in v && typeof v.result === "number")
          results.push(v.result);
      })
    );
    expect(results).toContain(analysis.report.totals.amount.total);
    expect(results).toContain(1149540875);
  });

  test("regenerating from a generated file replaces the documents and does not read them as input", async () => {
    const out1 = path.join(dir, "a.xlsx");
    const out2 = path.join(dir, "b.xlsx");
    const first = await generateFile(input, out1, { documentDate: "2019-03-05" });
    const second = await generateFile(out1, out2, { documentDate: "2019-03-05" });
    expect(second.analysis.report.totals).toEqual(first.analysis.report.totals);
    expect(second.names).toEqual(first.names);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out2);
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(input);
    expect(wb.worksheets.length).toBe(src.worksheets.length + 5);
  });

  test("refuses an output path that is the input file, however it is written", async () => {
    const before = sha(input);
    await expect(generateFile(input, input)).rejects.toBeInstanceOf(SameFileError);
    const rel = path.relative(process.cwd(), input);
    await expect(generateFile(input, rel)).rejects.toBeInstanceOf(InputFileError);
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, link);
    await expect(generateFile(input, link)).rejects.toBeInstanceOf(SameFileError);
    // A hard link is the same file by identity (device and inode), whatever its name.
    const hard = path.join(dir, "hard.xlsx");
    fs.linkSync(input, hard);
    await expect(generateFile(input, hard)).rejects.toBeInstanceOf(SameFileError);
    expect(sha(input)).toBe(before);
  });

  test("refuses an .xlsm name for a workbook without macros, and writes nothing", async () => {
    const out = path.join(dir, "ket-qua.xlsm");
    const refused = generateFile(input, out);
    await expect(refused).rejects.toBeInstanceOf(OutExtensionError);
    await expect(refused).rejects.toThrow(
      `tệp kết quả phải có đuôi .xlsx: tệp đầu vào không có macro (.xlsx) và được ghi đúng loại đó: ${out}`
    );
    expect(fs.existsSync(out)).toBe(false);
    // Any other name is the clerk's choice ("ket-qua.XLSX", no extension at all).
    await generateFile(input, path.join(dir, "ket-qua.XLSX"), { documentDate: "2019-03-05" });
    expect(fs.existsSync(path.join(dir, "ket-qua.XLSX"))).toBe(true);
  });
});
