import { UnusableInputError } from "../../src/engine/errors";
import { EXIT, reportFailure, UsageError } from "../../src/cli/errors";
import { InputFileError } from "../../src/xlsx/read";

/** CONTRACT §2: unusable input → exit 2 and exactly one stderr line "dinh-bien: …", no stack. */
function lineOf(
  e: unknown,
  lang: "vi" | "en" = "vi",
  file?: string
): { code: number; err: string } {
  let err = "";
  const code = reportFailure(e, { lang, file }, (s) => (err += s));
  return { code, err };
}

test("exit statuses are 0, 1 and 2", () => {
  expect(EXIT).toEqual({ ok: 0, findings: 1, unusable: 2 });
});

test("a usage error is its own message on one line", () => {
  expect(lineOf(new UsageError("thiếu giá trị cho --out"))).toEqual({
    code: 2,
    err: "dinh-bien: thiếu giá trị cho --out\n",
  });
});

test("unusable input names the file, the sheet and cell, then the finding's message", () => {
  const finding = { sheet: "Quy định", cell: "B4", message: "không phải số" };
  const e = new UnusableInputError(finding as UnusableInputError["finding"]);
  expect(lineOf(e, "vi", "x.xlsx").err).toBe("dinh-bien: x.xlsx: Quy định!B4: không phải số\n");
});

test("an unexpected error is an internal error in the run's language, newlines folded", () => {
  const { code, err } = lineOf(new Error("boom\n  second line"), "en");
  expect(code).toBe(2);
  expect(err).toBe("dinh-bien: internal error: boom second line\n");
  expect(err.split("\n")).toHaveLength(2);
});

test("a file problem keeps the reader's message", () => {
  const e = new InputFileError("missing", "khong-co.xlsx", "vi");
  expect(lineOf(e).err).toBe(`dinh-bien: ${e.message}\n`);
});
