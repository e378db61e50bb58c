import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "./fluent";
import { officeWorkbookPort } from "../excel/port";
import { officeWriteMapping } from "../excel/mapping-store";
import { App } from "./components/App";
import { langOf } from "./strings";
import { workerAnalyzer } from "./worker-analyzer";

/**
 * The task pane's entry: Office.onReady, then React. Everything below App is free of office-js;
 * the port is the only door to Excel.
 */
void Office.onReady(() => {
  const lang = langOf(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App
        port={Object.assign(officeWorkbookPort(), { writeMapping: officeWriteMapping })}
        lang={lang}
        analyzer={workerAnalyzer()}
      />
    </FluentProvider>
  );
});
