import { amountInWords, type WordsOptions } from "./words";

/** Golden readings written by hand from DOMAIN §6.2, not produced by the code under test. */
const DEFAULT_CASES: [number, string][] = [
  [0, "Không đồng"],
  [1, "Một đồng"],
  [2, "Hai đồng"],
  [5, "Năm đồng"],
  [9, "Chín đồng"],
  [10, "Mười đồng"],
  [11, "Mười một đồng"],
  [14, "Mười bốn đồng"],
  [15, "Mười lăm đồng"],
  [19, "Mười chín đồng"],
  [20, "Hai mươi đồng"],
  [21, "Hai mươi mốt đồng"],
  [24, "Hai mươi bốn đồng"],
  [25, "Hai mươi lăm đồng"],
  [30, "Ba mươi đồng"],
  [31, "Ba mươi mốt đồng"],
  [44, "Bốn mươi bốn đồng"],
  [50, "Năm mươi đồng"],
  [55, "Năm mươi lăm đồng"],
  [91, "Chín mươi mốt đồng"],
  [99, "Chín mươi chín đồng"],
  [100, "Một trăm đồng"],
  [101, "Một trăm lẻ một đồng"],
  [104, "Một trăm lẻ bốn đồng"],
  [105, "Một trăm lẻ năm đồng"],
  [110, "Một trăm mười đồng"],
  [111, "Một trăm mười một đồng"],
  [115, "Một trăm mười lăm đồng"],
  [121, "Một trăm hai mươi mốt đồng"],
  [200, "Hai trăm đồng"],
  [205, "Hai trăm lẻ năm đồng"],
  [215, "Hai trăm mười lăm đồng"],
  [999, "Chín trăm chín mươi chín đồng"],
  [1000, "Một nghìn đồng"],
  [1001, "Một nghìn không trăm lẻ một đồng"],
  [1010, "Một nghìn không trăm mười đồng"],
  [1015, "Một nghìn không trăm mười lăm đồng"],
  [1100, "Một nghìn một trăm đồng"],
  [2021, "Hai nghìn không trăm hai mươi mốt đồng"],
  [10000, "Mười nghìn đồng"],
  [10005, "Mười nghìn không trăm lẻ năm đồng"],
  [15000, "Mười lăm nghìn đồng"],
  [20000, "Hai mươi nghìn đồng"],
  [21000, "Hai mươi mốt nghìn đồng"],
  [50500, "Năm mươi nghìn năm trăm đồng"],
  [100000, "Một trăm nghìn đồng"],
  [105000, "Một trăm lẻ năm nghìn đồng"],
  [695000, "Sáu trăm chín mươi lăm nghìn đồng"],
  [1000000, "Một triệu đồng"],
  [1000001, "Một triệu không trăm lẻ một đồng"],
  [1000010, "Một triệu không trăm mười đồng"],
  [1005000, "Một triệu không trăm lẻ năm nghìn đồng"],
  [1390000, "Một triệu ba trăm chín mươi nghìn đồng"],
  [1490000, "Một triệu bốn trăm chín mươi nghìn đồng"],
  [2340000, "Hai triệu ba trăm bốn mươi nghìn đồng"],
  [10000000, "Mười triệu đồng"],
  [12510000, "Mười hai triệu năm trăm mười nghìn đồng"],
  [100000000, "Một trăm triệu đồng"],
  [1000000000, "Một tỷ đồng"],
  [1000000001, "Một tỷ không trăm lẻ một đồng"],
  [1000001000, "Một tỷ không trăm lẻ một nghìn đồng"],
  [
    1149540875,
    "Một tỷ một trăm bốn mươi chín triệu năm trăm bốn mươi nghìn tám trăm bảy mươi lăm đồng",
  ],
  [2000000000, "Hai tỷ đồng"],
  [21000000000, "Hai mươi mốt tỷ đồng"],
  [1000000000000, "Một nghìn tỷ đồng"],
  [1000000000005, "Một nghìn tỷ không trăm lẻ năm đồng"],
  [1500000000000, "Một nghìn năm trăm tỷ đồng"],
  [2025000000000, "Hai nghìn không trăm hai mươi lăm tỷ đồng"],
  [1000000000000000, "Một triệu tỷ đồng"],
  [
    9007199254740991,
    "Chín triệu không trăm lẻ bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi bốn triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt đồng",
  ],
];

const OPTION_CASES: [number, WordsOptions, string][] = [
  [101, { zeroTens: "linh" }, "Một trăm linh một đồng"],
  [105, { zeroTens: "linh" }, "Một trăm linh năm đồng"],
  [1000000001, { zeroTens: "linh" }, "Một tỷ không trăm linh một đồng"],
  [1000, { thousand: "ngàn" }, "Một ngàn đồng"],
  [15000, { thousand: "ngàn" }, "Mười lăm ngàn đồng"],
  [1000000000000, { thousand: "ngàn" }, "Một ngàn tỷ đồng"],
  [24, { fourAsTu: true }, "Hai mươi tư đồng"],
  [54000, { fourAsTu: true }, "Năm mươi tư nghìn đồng"],
  [14, { fourAsTu: true }, "Mười bốn đồng"],
  [104, { fourAsTu: true }, "Một trăm lẻ bốn đồng"],
  [4, { fourAsTu: true }, "Bốn đồng"],
  [1390000, { evenSuffix: true }, "Một triệu ba trăm chín mươi nghìn đồng chẵn"],
  [0, { evenSuffix: true }, "Không đồng chẵn"],
  [
    104024,
    { zeroTens: "linh", thousand: "ngàn", fourAsTu: true, evenSuffix: true },
    "Một trăm linh bốn ngàn không trăm hai mươi tư đồng chẵn",
  ],
  [
    24,
    { fourAsTu: false, zeroTens: "lẻ", thousand: "nghìn", evenSuffix: false },
    "Hai mươi bốn đồng",
  ],
];

describe("amountInWords", () => {
  test(`golden table has at least 60 default cases (${DEFAULT_CASES.length})`, () => {
    expect(DEFAULT_CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(DEFAULT_CASES)("%d", (amount, expected) => {
    expect(amountInWords(amount)).toBe(expected);
  });

  test.each(OPTION_CASES)("%d with %j", (amount, options, expected) => {
    expect(amountInWords(amount, options)).toBe(expected);
  });

  test("output is NFC", () => {
    const s = amountInWords(1149540875);
    expect(s).toBe(s.normalize("NFC"));
  });

  test.each([-1, -1000, 1.5, 0.1, NaN, Infinity, -Infinity, 2 ** 53])(
    "%d throws RangeError",
    (amount) => {
      expect(() => amountInWords(amount)).toThrow(RangeError);
    }
  );

  test("-0 reads as zero", () => {
    expect(amountInWords(-0)).toBe("Không đồng");
  });
});
