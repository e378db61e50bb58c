/**
 * The dialog a ribbon command opens when it cannot say its result in the workbook
 * (commands.ts, showDialog): the message comes in the query string; "Đóng" asks the command to
 * close the dialog (Office.context.ui.messageParent).
 */
function show(): void {
  const params = new URLSearchParams(window.location.search);
  const en = params.get("lang") === "en";
  document.documentElement.lang = en ? "en" : "vi";
  document.getElementById("title")!.textContent = en
    ? "Định Biên — could not finish"
    : "Định Biên — chưa làm xong";
  document.getElementById("message")!.textContent = params.get("m") ?? "";
  const close = document.getElementById("close")!;
  close.textContent = en ? "Close" : "Đóng";
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
}

void Office.onReady(show);
