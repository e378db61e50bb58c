import { fluentThemeFor, isDarkOffice, luminance } from "../../src/taskpane/theme";
import { webDarkTheme, webLightTheme } from "../../src/taskpane/fluent";

describe("the pane follows Office's theme", () => {
  test("luminance by WCAG 2: white 1, black 0, #808080 ≈ 0.216", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 6);
    expect(luminance("000000")).toBe(0);
    // 128/255 = 0.50196 → ((0.50196 + 0.055) / 1.055)^2.4 = 0.21586 on each channel
    expect(luminance("#808080")).toBeCloseTo(0.21586, 4);
    expect(luminance("grey")).toBeNull();
  });

  test("Office's own flag decides when it is given", () => {
    expect(isDarkOffice({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(true);
    expect(isDarkOffice({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(false);
  });

  test("without the flag, the background says it: Black and Dark Gray dark, Colorful and White light", () => {
    // Office's Black theme pane background #262626 (luminance ≈ 0.019), Dark Gray #444444 (≈ 0.058)
    expect(fluentThemeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#444444" })).toBe(webDarkTheme);
    // Colorful / White: #FFFFFF and #F3F2F1 (≈ 0.89)
    expect(fluentThemeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#F3F2F1" })).toBe(webLightTheme);
  });

  test("a host without officeTheme gets the light theme", () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
    expect(fluentThemeFor({})).toBe(webLightTheme);
  });
});
