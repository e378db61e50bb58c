/**
 * The Fluent UI v9 components the pane uses, from their own v9 packages — the same modules
 * `@fluentui/react-components` re-exports. The meta-package installs ~80 component packages
 * (and their icon sets) for the eleven we use; see README "Libraries and why".
 */
export { Button } from "@fluentui/react-button";
export { Field } from "@fluentui/react-field";
export { Input } from "@fluentui/react-input";
export {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-message-bar";
export { ProgressBar } from "@fluentui/react-progress";
export { FluentProvider } from "@fluentui/react-provider";
export { Select } from "@fluentui/react-select";
export { Spinner } from "@fluentui/react-spinner";
export { Tab, TabList } from "@fluentui/react-tabs";
export { tokens, webDarkTheme, webLightTheme } from "@fluentui/react-theme";
export type { Theme } from "@fluentui/react-theme";
export { makeStyles, mergeClasses } from "@griffel/react";
