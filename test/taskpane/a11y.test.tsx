/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, screen, fireEvent } from "@testing-library/react";
import "@testing-library/jest-dom";
import "./jsdom-setup";
import { App } from "../../src/taskpane/components/App";
import { STRINGS } from "../../src/taskpane/strings";
import { sampleWorkbook } from "./sample-workbook";
import { settleAfterEach, wrap } from "./render-pane";

settleAfterEach();

describe("English plurals and number style", () => {
  test("one error, two errors; one person, 1,200 people", () => {
    expect(STRINGS.en.people(1)).toBe("1 person");
    expect(STRINGS.en.people(1200)).toBe("1,200 people");
    expect(STRINGS.en.findingsCount(1, 2, 3)).toBe("1 error · 2 warnings · 3 notes");
    expect(STRINGS.en.findingsTab(1, 1)).toBe("Findings (1 error, 1 warning)");
    expect(STRINGS.en.generated(1)).toBe("1 table generated.");
    expect(STRINGS.en.draftWarning(1)).toMatch(/^1 error remains:/);
    expect(STRINGS.en.draftWarning(3)).toMatch(/^3 errors remain:/);
    expect(STRINGS.en.imported(1, "A")).toBe("Imported 1 file: A.");
    expect(STRINGS.vi.findingsTab(3, 5)).toBe("Lỗi (3 lỗi, 5 cảnh báo)");
  });
});

test("the findings tab counts errors and warnings apart; the progress bar has a name; focus comes back", async () => {
  const { port } = sampleWorkbook();
  await wrap(<App port={port} lang="vi" />);
  const check = screen.getByRole("button", { name: "Kiểm tra" });
  check.focus();
  fireEvent.click(check);
  // While it runs: the bar is named after what is happening.
  expect(screen.getByRole("progressbar", { name: /^Tiến độ: Đang/ })).toBeInTheDocument();
  // A browser drops focus from a control that becomes disabled (jsdom does not): the pane
  // must give it back itself once the run is over.
  const refocus = jest.spyOn(check, "focus");
  expect(refocus).not.toHaveBeenCalled();

  const summary = await screen.findByText(/người · \d+ lỗi · /, {}, { timeout: 30000 });
  const m = /(\d+) lỗi · (\d+) cảnh báo/.exec(summary.textContent ?? "")!;
  expect(Number(m[1])).toBeGreaterThan(0);
  // The same counts, apart, on the tab.
  expect(screen.getByRole("tab", { name: `Lỗi (${m[1]} lỗi, ${m[2]} cảnh báo)` })).toBeVisible();
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(refocus).toHaveBeenCalledTimes(1);
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Kiểm tra" }));
}, 60000);
