import { webDarkTheme, webLightTheme, type Theme } from "./fluent";

/** What the pane reads of Office.context.officeTheme (absent on hosts without it). */
export interface OfficeThemeColors {
  /** Black or Dark Gray (not every host sets it). */
  isDarkTheme?: boolean;
  /** "#RRGGBB" (or "RRGGBB") behind the pane. */
  bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG 2) of "#RRGGBB"; null for anything else. */
export function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Whether Office shows a dark theme: its own flag when it gives one, else a dark background
 * (below mid-grey #767676's luminance 0.18, the crossover where white text contrasts best).
 */
export function isDarkOffice(theme: OfficeThemeColors | null | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return l !== null && l < 0.18;
}

/** The Fluent theme that follows Office's: webDarkTheme for dark, webLightTheme otherwise. */
export function fluentThemeFor(theme: OfficeThemeColors | null | undefined): Theme {
  return isDarkOffice(theme) ? webDarkTheme : webLightTheme;
}
