import { ReadingConfig, doReadNumber } from "read-vietnamese-number";

/** Reading choices that differ between offices (DOMAIN §6.2). Defaults: "lẻ", "nghìn", "bốn", no "chẵn". */
export interface WordsOptions {
  /** Word for a zero tens digit before a unit: "một trăm lẻ một" / "một trăm linh một". */
  zeroTens?: "lẻ" | "linh";
  /** Scale word for 10^3: "nghìn" (default) or "ngàn". */
  thousand?: "nghìn" | "ngàn";
  /** Read a final 4 after tens ≥ 2 as "tư" ("hai mươi tư") instead of "bốn". */
  fourAsTu?: boolean;
  /** End with "đồng chẵn" instead of "đồng". */
  evenSuffix?: boolean;
}

/**
 * The library's reading rules match DOMAIN §6.2 once configured: "không trăm" for a zero hundreds
 * after the first group, "lẻ" for zero tens, "mười"/"mươi", "mốt" and "tư" only after tens ≥ 2,
 * "lăm" after any ten, empty groups skipped, and its scale cycle [nghìn, triệu] + "tỷ" gives
 * "nghìn tỷ" for 10^12 and "triệu tỷ" for 10^15. Its defaults differ from ours in three places
 * that are set below: it writes "tỉ" (we write "tỷ", the usual spelling in financial documents),
 * reads a final 4 as "tư" (we read "bốn" unless asked), and ends with "đơn vị" (we add "đồng"
 * ourselves so that "đồng chẵn" and the capital letter stay in one place).
 */
function configFor(options: WordsOptions): ReadingConfig {
  const config = new ReadingConfig();
  config.unit = [];
  config.units = [[], [options.thousand ?? "nghìn"], ["triệu"], ["tỷ"]];
  config.oddText = options.zeroTens ?? "lẻ";
  config.fourToneText = options.fourAsTu ? "tư" : "bốn";
  config.oneToneText = "mốt";
  config.fiveToneText = "lăm";
  config.tenText = "mười";
  config.tenToneText = "mươi";
  config.hundredText = "trăm";
  config.skipTenTone = false;
  config.separator = " ";
  return config;
}

/**
 * A whole amount of đồng in words, capitalised, ending in "đồng" (or "đồng chẵn"):
 * 1149540875 → "Một tỷ một trăm bốn mươi chín triệu năm trăm bốn mươi nghìn tám trăm bảy mươi
 * lăm đồng". Throws RangeError for a negative amount or one that is not a safe integer.
 */
export function amountInWords(amount: number, options: WordsOptions = {}): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`amountInWords needs a non-negative whole number of đồng, got ${amount}`);
  }
  // BigInt keeps every digit exact; the library reads it as a digit string.
  const words = doReadNumber(BigInt(amount), configFor(options)).normalize("NFC");
  const suffix = options.evenSuffix ? "đồng chẵn" : "đồng";
  return `${words.charAt(0).toLocaleUpperCase("vi")}${words.slice(1)} ${suffix}`;
}
