/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, render, screen, fireEvent } from "@testing-library/react";
import "@testing-library/jest-dom";
import "./jsdom-setup";
import { FluentProvider, webLightTheme } from "../../src/taskpane/fluent";
import { App } from "../../src/taskpane/components/App";
import { FakeOfficeError } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import type { XlRequestContext } from "../../src/excel/api";
import { sampleWorkbook } from "./sample-workbook";

afterEach(async () => {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 100));
  });
});

test("settings that cannot be read: said, runs held back until a retry reads them", async () => {
  const { fake } = sampleWorkbook();
  fake.state.settings.set("DinhBien.paymentDate", "2019-01-31");
  let refuse = true;
  const port = new ExcelWorkbookPort({
    run: (batch) =>
      fake.run(async (ctx: XlRequestContext) => {
        if (refuse) {
          ctx.workbook.settings.getItemOrNullObject = () => {
            throw new FakeOfficeError("Timeout", "timed out");
          };
        }
        return batch(ctx);
      }),
    supports: fake.supports,
  });
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={port} lang="vi" />
      </FluentProvider>
    );
  });
  expect(screen.getByRole("alert")).toHaveTextContent("Không đọc được thiết lập đã lưu");
  // Kiểm tra and Tạo bảng would run with the default policy and no payment date: held back.
  expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeDisabled();
  expect(screen.getByRole("button", { name: "Tạo bảng" })).toBeDisabled();
  refuse = false;
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Đọc lại thiết lập" }));
  });
  expect(screen.queryByRole("alert")).toBeNull();
  expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeEnabled();
  // The clerk's saved date was kept, never overwritten by a default.
  expect(fake.state.settings.get("DinhBien.paymentDate")).toBe("2019-01-31");
});
