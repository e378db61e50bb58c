import { jsonBytes, utf8Length } from "../../src/excel/layout";

// Hand counts from the UTF-8 table: U+0000–007F one byte, U+0080–07FF two, U+0800–FFFF three,
// a surrogate pair (U+10000 and above) four. The fake Excel measures requests with these same
// functions, so they are pinned here to counts worked out by hand, not by the code.
describe("utf8Length / jsonBytes", () => {
  test.each<[string, number]>([
    ["", 0],
    ["abc", 3],
    ["đ", 2], // U+0111
    ["ệ", 3], // U+1EC7
    // 10 ASCII (N g u y n, space, V n, space, c) + ễ 3 + ă 2 + Đ 2 + ứ 3
    ["Nguyễn Văn Đức", 20],
    ["😀", 4], // U+1F600, a surrogate pair
    ["a\ud83d", 4], // a lone high surrogate at the end is written as U+FFFD: 3 bytes
  ])("utf8Length(%j) = %i", (s, n) => {
    expect(utf8Length(s)).toBe(n);
  });

  test("jsonBytes counts the JSON text: quotes and brackets included", () => {
    expect(jsonBytes("ệ")).toBe(5); // "ệ"
    expect(jsonBytes([1, null])).toBe(8); // [1,null]
    expect(jsonBytes(undefined)).toBe(4); // sent as null
  });
});
