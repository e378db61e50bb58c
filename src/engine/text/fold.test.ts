import { cleanText, closest, foldKey, foldLoose, levenshtein } from "./fold";

describe("cleanText", () => {
  test("collapses every kind of whitespace and trims", () => {
    expect(cleanText("  Nguyễn\u00A0Văn\tA\r\n ")).toBe("Nguyễn Văn A");
    expect(cleanText("Phú\u2007Mỹ\u202FXã")).toBe("Phú Mỹ Xã");
    expect(cleanText("\u200BPhú\u200BMỹ\uFEFF")).toBe("Phú Mỹ");
    expect(cleanText("a \n\n  b")).toBe("a b");
  });
  test("composes NFD to NFC", () => {
    const nfd = "Nguyễn".normalize("NFD");
    expect(nfd).not.toBe("Nguyễn");
    expect(cleanText(nfd)).toBe("Nguyễn");
  });
  test("drops invisible joiners inside words", () => {
    expect(cleanText("Ng\u200Duyễn")).toBe("Nguyễn");
  });
});

describe("foldKey", () => {
  test("old and new tone placement fold to one key", () => {
    expect(foldKey("Hoà")).toBe("hòa");
    expect(foldKey("hòa")).toBe("hòa");
    expect(foldKey("Thuỷ")).toBe("thủy");
    expect(foldKey("Thủy")).toBe("thủy");
    expect(foldKey("khoẻ")).toBe("khỏe");
    expect(foldKey("uý")).toBe("úy");
    expect(foldKey("oà")).toBe("òa");
    expect(foldKey("oè")).toBe("òe");
    expect(foldKey("Tân Khánh Hoà")).toBe(foldKey("Tân Khánh Hòa"));
    expect(foldKey("Nguyễn Thị Thuý")).toBe(foldKey("Nguyễn Thị Thúy"));
  });
  test("leaves clusters with a following letter and qu- alone", () => {
    expect(foldKey("hoàn")).toBe("hoàn");
    expect(foldKey("ngoài")).toBe("ngoài");
    expect(foldKey("Quý")).toBe("quý");
    expect(foldKey("Huỳnh")).toBe("huỳnh");
    expect(foldKey("thuyền")).toBe("thuyền");
  });
  test("NFD, NBSP and case do not matter", () => {
    expect(foldKey("NGUYỄN\u00A0 VĂN  AN".normalize("NFD"))).toBe("nguyễn văn an");
    expect(foldKey("Ho\u0300a")).toBe("hòa");
    expect(foldKey("Hoa\u0300")).toBe("hòa");
  });
  test("the look-alike Ð (U+00D0) and Đ both become đ", () => {
    expect(foldKey("\u00D0inh Văn Bảy")).toBe("đinh văn bảy");
    expect(foldKey("Đinh Văn Bảy")).toBe("đinh văn bảy");
    expect(foldKey("\u00F0inh")).toBe("đinh");
  });
  test("keeps diacritics: Ân is not An", () => {
    expect(foldKey("Ân")).not.toBe(foldKey("An"));
    expect(foldKey("Lê Văn Ân")).toBe("lê văn ân");
  });
});

describe("foldLoose", () => {
  test("strips diacritics and đ", () => {
    expect(foldLoose("Họ và tên")).toBe("ho va ten");
    expect(foldLoose("ĐƠN VỊ")).toBe("don vi");
    expect(foldLoose("\u00D0ơn vị")).toBe("don vi");
    expect(foldLoose("Phó Chủ tịch Hội Liên hiệp Phụ nữ")).toBe(
      "pho chu tich hoi lien hiep phu nu"
    );
  });
  test("punctuation becomes a space, spaces collapse", () => {
    expect(foldLoose("Xã/phường/thị trấn")).toBe("xa phuong thi tran");
    expect(foldLoose("Văn thư - Lưu trữ")).toBe("van thu luu tru");
    expect(foldLoose("Mức phụ cấp hiện hưởng (đồng)")).toBe("muc phu cap hien huong dong");
    expect(foldLoose("P. Trưởng ấp")).toBe("p truong ap");
    expect(foldLoose("I. CẤP XÃ")).toBe("i cap xa");
  });
  test("old/new tones and NFD give the same loose key", () => {
    expect(foldLoose("Quản lý Nhà văn hoá")).toBe(
      foldLoose("Quản lý Nhà văn hóa".normalize("NFD"))
    );
  });
});

describe("levenshtein", () => {
  test.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "ab", 2],
    ["kitten", "sitting", 3],
    ["thu quy", "thu quy", 0],
    ["flaw", "lawn", 2],
    ["ấp", "ap", 1], // NFC: "ấ" is one code point
  ])("%s / %s → %d", (a, b, d) => {
    expect(levenshtein(a as string, b as string)).toBe(d);
  });
});

describe("closest", () => {
  const titles = ["Thủ quỹ", "Thú y", "Khuyến nông", "Văn thư - Lưu trữ"];
  test("finds a misspelt title on loose keys", () => {
    expect(closest("Thu quy", titles)).toEqual({ candidate: "Thủ quỹ", index: 0, distance: 0 });
    expect(closest("Khuyen nong", titles)).toEqual({
      candidate: "Khuyến nông",
      index: 2,
      distance: 0,
    });
    expect(closest("Khuyến nôg", titles)).toEqual({
      candidate: "Khuyến nông",
      index: 2,
      distance: 1,
    });
  });
  test("ties go to the first candidate", () => {
    expect(closest("ab", ["ac", "ad"])).toEqual({ candidate: "ac", index: 0, distance: 1 });
  });
  test("null when nothing is close enough", () => {
    expect(closest("Chủ tịch Hội Chữ thập đỏ", titles)).toBeNull();
    expect(closest("xyz", [])).toBeNull();
  });
  test("default limit is max(2, 40 % of the input length); an explicit limit overrides it", () => {
    // "abcdefghij" has 10 letters → limit 4.
    expect(closest("abcdefghij", ["abcdefWXYZ"])).toEqual({
      candidate: "abcdefWXYZ",
      index: 0,
      distance: 4,
    });
    expect(closest("abcdefghij", ["abcdeVWXYZ"])).toBeNull();
    expect(closest("ab", ["xy"])).toEqual({ candidate: "xy", index: 0, distance: 2 });
    expect(closest("abcdefghij", ["abcdefWXYZ"], 3)).toBeNull();
  });
});

describe("the memoised folds and their fast paths agree with the plain definitions", () => {
  // The definitions as first written (regexes only, no memo, no fast path), kept here as the oracle.
  const refClean = (s: string): string =>
    s
      .normalize("NFC")
      .replace(/\u200C|\u200D|\u00AD/g, "")
      .replace(/[\u200B\u2060\u180E]/g, " ")
      .replace(/\s+/gu, " ")
      .trim();
  const OLD = /([ou])([aey])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;
  const refKey = (s: string): string => {
    const lower = refClean(s)
      .replace(/[\u00D0\u0110\u0189]/g, "đ")
      .toLocaleLowerCase("vi")
      .replace(/\u00F0/g, "đ");
    const nfd = lower.normalize("NFD");
    return nfd
      .replace(OLD, (m: string, v1: string, v2: string, tone: string, offset: number) => {
        if (!((v1 === "o" && (v2 === "a" || v2 === "e")) || (v1 === "u" && v2 === "y"))) return m;
        if (v1 === "u" && offset > 0 && nfd[offset - 1] === "q") return m;
        return `${v1}${tone}${v2}`;
      })
      .normalize("NFC");
  };
  const refLoose = (s: string): string =>
    refKey(s)
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/g, "d")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();

  // Letters around the tone clusters, every tone mark, precomposed and decomposed forms, and
  // every kind of blank and invisible the folds handle.
  const pieces = [
    "o",
    "u",
    "q",
    "a",
    "e",
    "y",
    "h",
    "n",
    "O",
    "U",
    "Y",
    "A",
    "\u0300",
    "\u0301",
    "\u0303",
    "\u0309",
    "\u0323",
    "\u0302",
    "\u0306",
    "à",
    "á",
    "ã",
    "ả",
    "ạ",
    "è",
    "é",
    "ẽ",
    "ẻ",
    "ẹ",
    "ỳ",
    "ý",
    "ỹ",
    "ỷ",
    "ỵ",
    "Ý",
    "Ỳ",
    "ầ",
    "ế",
    "Đ",
    "\u00D0",
    "\u00F0",
    "đ",
    " ",
    "  ",
    "\u00A0",
    "\t",
    "\n",
    "\u200B",
    "\u200C",
    "\u200D",
    "\u00AD",
    "\u2060",
    "\u180E",
    "\uFEFF",
    "-",
    "/",
    ".",
    "1",
  ];

  test("on every string of up to two pieces from a set of hard cases, and a sample of three and four", () => {
    const two: string[] = [""];
    for (const a of pieces) {
      two.push(a);
      for (const b of pieces) two.push(a + b);
    }
    const strings = [...two];
    // Longer strings on a sample: the full products are hundreds of thousands of strings.
    for (let i = 0; i < two.length; i += 3) strings.push(two[i] + pieces[i % pieces.length]);
    for (let i = 0; i < two.length; i += 5) strings.push(two[i] + two[(i * 7) % two.length]);
    const wrong: string[] = [];
    for (const s of strings) {
      // Twice: the second answer comes from the memo.
      for (let k = 0; k < 2; k++) {
        if (cleanText(s) !== refClean(s)) wrong.push(`cleanText ${JSON.stringify(s)}`);
        if (foldKey(s) !== refKey(s)) wrong.push(`foldKey ${JSON.stringify(s)}`);
        if (foldLoose(s) !== refLoose(s)) wrong.push(`foldLoose ${JSON.stringify(s)}`);
      }
    }
    expect(strings.length).toBeGreaterThan(5000);
    expect(wrong).toEqual([]);
  });

  test("on every Latin and Vietnamese letter, alone and between words, in both cases", () => {
    const wrong: string[] = [];
    for (const [from, to] of [
      [0x00a0, 0x02ff],
      [0x1e00, 0x1eff],
    ]) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCharCode(cp);
        for (const s of [ch, `Ấp ${ch}-${ch.toUpperCase()} 2`, `${ch}\u0301x`, `(${ch}.)`]) {
          if (foldLoose(s) !== refLoose(s)) wrong.push(`foldLoose ${JSON.stringify(s)}`);
          if (foldKey(s) !== refKey(s)) wrong.push(`foldKey ${JSON.stringify(s)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test("on names and places as clerks type them", () => {
    for (const s of [
      "  Nguyễn Thị Thuý ",
      "HUỲNH  VĂN KHOẺ",
      "Xã Hoà\u00A0Điền",
      "Quý Hoà",
      "Ngoài thuyền",
      "Ấp Tràm Trổi",
      "\u00D0oàn Thủy",
    ]) {
      expect(foldKey(s)).toBe(refKey(s));
      expect(foldLoose(s)).toBe(refLoose(s));
    }
  });
});

describe("lower-casing", () => {
  test('toLowerCase equals toLocaleLowerCase("vi") on every code point and in context', () => {
    const differ: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      if (s.toLowerCase() !== s.toLocaleLowerCase("vi")) differ.push(cp);
    }
    expect(differ).toEqual([]);
    // Context-dependent rules (final sigma, dotted I) and Vietnamese capitals.
    for (const s of ["ΟΔΟΣ ΣΑΣ", "İSTANBUL I\u0307", "NGUYỄN THỊ THUỶ", "ĐẶNG ƯỚC"])
      expect(s.toLowerCase()).toBe(s.toLocaleLowerCase("vi"));
  });
});
