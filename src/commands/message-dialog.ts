/**
 * The dialogs a ribbon command opens (commands.ts), on message.html:
 * - `?m=…`: a message it cannot say in the workbook; "Đóng" asks the command to close the dialog
 *   (Office.context.ui.messageParent).
 * - `?p=…`: its progress for a long run: the phase, updated by the command (dialog.messageChild,
 *   DialogApi 1.2) once this page says "ready"; no button, the command closes it at the end.
 */
function show(): void {
  const params = new URLSearchParams(window.location.search);
  const en = params.get("lang") === "en";
  const progress = params.get("p");
  document.documentElement.lang = en ? "en" : "vi";
  const title = document.getElementById("title")!;
  const message = document.getElementById("message")!;
  const close = document.getElementById("close")!;
  if (progress !== null) {
    title.textContent = en ? "Định Biên — working" : "Định Biên — đang chạy";
    message.setAttribute("role", "status");
    message.textContent = progress;
    close.hidden = true;
    const dialogUi = Office.context.ui;
    if (typeof dialogUi.addHandlerAsync !== "function") return;
    dialogUi.addHandlerAsync(
      Office.EventType.DialogParentMessageReceived,
      (arg: { message: string }) => (message.textContent = arg.message),
      () => dialogUi.messageParent("ready")
    );
    return;
  }
  title.textContent = en ? "Định Biên — could not finish" : "Định Biên — chưa làm xong";
  message.textContent = params.get("m") ?? "";
  close.textContent = en ? "Close" : "Đóng";
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
}

void Office.onReady(show);
