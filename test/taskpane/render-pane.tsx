import * as React from "react";
import { act, render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "../../src/taskpane/fluent";

/** Fluent's tab indicator settles in a timer after a tab change: let it finish inside act(). */
export function settleAfterEach(): void {
  afterEach(async () => {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 100));
    });
  });
}

/** Render inside act() so the pane's settings, loaded from the workbook on mount, settle first. */
export async function wrap(ui: React.ReactElement): Promise<void> {
  await act(async () => {
    render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
  });
}
