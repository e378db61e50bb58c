import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "./fluent";
import { fluentThemeFor } from "./theme";
import { officeWorkbookPort } from "../excel/port";
import { officeWriteMapping } from "../excel/mapping-store";
import { App } from "./components/App";
import { langOf } from "./strings";
import { workerEngine } from "./engine-client";
import { startEngineWorker } from "./engine-worker-start";

/**
 * The task pane's entry: Office.onReady, then React. Everything below App is free of office-js;
 * the port is the only door to Excel. This script is the shell only (React, Fluent, the office-js
 * adapter, the view): the engine is loaded once, in the Web Worker that runs it (engine-client.ts).
 */
void Office.onReady(() => {
  const lang = langOf(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  // Office's theme (Black, Dark Gray: webDarkTheme; Colorful, White: webLightTheme), and the
  // page behind the provider in the same colours so no white band shows below a short view.
  const theme = fluentThemeFor(Office.context?.officeTheme);
  document.body.style.background = theme.colorNeutralBackground1;
  document.body.style.color = theme.colorNeutralForeground1;
  const engine = workerEngine(startEngineWorker);
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <FluentProvider theme={theme}>
      <App
        port={Object.assign(officeWorkbookPort(), { writeMapping: officeWriteMapping })}
        lang={lang}
        engine={engine}
      />
    </FluentProvider>
  );
  // The worker fetches and compiles the engine beside the pane while the clerk reads it, so the
  // first Kiểm tra does not wait for it.
  setTimeout(() => engine.warm(), 500);
});
