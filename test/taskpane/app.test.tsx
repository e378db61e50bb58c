/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { screen, fireEvent } from "@testing-library/react";
import "@testing-library/jest-dom";
import "./jsdom-setup";
import { settleAfterEach, wrap } from "./render-pane";
import { App } from "../../src/taskpane/components/App";
import { FakeExcel } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { sampleWorkbook } from "./sample-workbook";

settleAfterEach();

test("a workbook without a roster: the pane says so and offers the sample", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1", [["Ghi chép riêng"]]);
  await wrap(
    <App port={new ExcelWorkbookPort({ run: fake.run, supports: fake.supports })} lang="vi" />
  );
  expect(screen.getByRole("button", { name: "Thử với dữ liệu mẫu" })).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(await screen.findByText("Chưa dùng được sổ tính này")).toBeInTheDocument();
  expect(screen.getByRole("alert")).toHaveTextContent("Không tìm thấy danh sách nào");
});

test("Excel busy editing a cell: the pane shows what to do", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1", [["x"]]);
  const port = new ExcelWorkbookPort({
    run: () =>
      Promise.reject(
        Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" })
      ),
    supports: fake.supports,
  });
  await wrap(<App port={port} lang="en" />);
  fireEvent.click(screen.getByRole("button", { name: "Check" }));
  expect(await screen.findByText("Could not complete")).toBeInTheDocument();
  expect(screen.getByRole("alert")).toHaveTextContent("Press Enter or Esc");
});

test("check on the sample, click a finding: Excel selects its cell", async () => {
  const { fake, port } = sampleWorkbook();
  await wrap(<App port={port} lang="vi" />);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const first = (await screen.findAllByTitle(/^Đến ô /, {}, { timeout: 30000 }))[0];
  const [, sheet, cell] = /^Đến ô (.+)!([A-Z]+\d+)$/.exec(first.getAttribute("title")!)!;
  fireEvent.click(first);
  await screen.findByText(/lỗi · /, { selector: "strong" });
  await new Promise((r) => setTimeout(r, 50));
  expect(fake.state.selection).toEqual({ sheet, address: cell });
}, 60000);
