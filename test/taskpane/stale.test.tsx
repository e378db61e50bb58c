/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, screen, fireEvent } from "@testing-library/react";
import "@testing-library/jest-dom";
import "./jsdom-setup";
import { settleAfterEach, wrap } from "./render-pane";
import { App } from "../../src/taskpane/components/App";
import { sampleWorkbook } from "./sample-workbook";

settleAfterEach();

/** Let Excel's events (raised after each request) and their handlers' reads finish. */
const settle = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });

test("an edit to the roster marks the results stale; «Kiểm tra lại» checks again", async () => {
  const { fake, port } = sampleWorkbook();
  await wrap(<App port={port} lang="vi" />);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText(/người · \d+ lỗi · /, {}, { timeout: 30000 });
  await settle();
  expect(screen.queryByText("Kết quả cũ — bấm Kiểm tra lại")).toBeNull();

  // The clerk types into the roster: the results shown no longer describe the workbook.
  await act(() => fake.edit("Danh sách", "B20", "Nguyễn Văn Sửa"));
  await settle();
  expect(screen.getByText("Kết quả cũ — bấm Kiểm tra lại")).toBeInTheDocument();

  const before = fake.syncCount;
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
  await screen.findByText(/người · \d+ lỗi · /, {}, { timeout: 30000 });
  await settle();
  // Read again (requests made), and the mark is gone.
  expect(fake.syncCount).toBeGreaterThan(before);
  expect(screen.queryByText("Kết quả cũ — bấm Kiểm tra lại")).toBeNull();
}, 60000);

test("the add-in's own documents (Tạo bảng) and edits to them leave the results current", async () => {
  const { fake, port } = sampleWorkbook();
  await wrap(<App port={port} lang="en" />);
  fireEvent.click(screen.getByRole("button", { name: "Generate" }));
  await screen.findAllByTestId("narrative", {}, { timeout: 60000 });
  await settle();
  await settle();
  expect(screen.queryByText("Results out of date — press Check again")).toBeNull();
  // The clerk writes a note on the summary document: not input, nothing goes stale.
  await act(() => fake.edit("Tổng hợp", "K2", "ghi chú"));
  await settle();
  expect(screen.queryByText("Results out of date — press Check again")).toBeNull();
  // …but an edit to "Thông tin" (read by every run) does.
  await act(() => fake.edit("Thông tin", "B2", "Kiên Giang"));
  await settle();
  expect(screen.getByText("Results out of date — press Check again")).toBeInTheDocument();
}, 90000);
