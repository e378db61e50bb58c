/** The application layer's surface, for the shells (task pane, ribbon commands, CLI). */
export {
  createDinhBien,
  type DinhBien,
  type ServiceDeps,
  SampleAlreadyPresentError,
  type SheetInserter,
} from "./service";
export type {
  DocumentOptions,
  Generated,
  InfoOverrides,
  Progress,
  RunPhase,
  RunRequest,
  SampleChoice,
} from "./types";
export { systemClock, todayInVietnam, type Clock } from "./clock";
export { withInfo } from "./documents";
export {
  DEFAULT_SETTINGS,
  parseSettings,
  readWorkbookSettings,
  SETTING_KEYS,
  writeWorkbookSettings,
  type SettingsStore,
  type WorkbookSettings,
} from "./settings";
export { chosenPolicy, requestFromSettings } from "./request";
export {
  checkProvince,
  provinceDocuments,
  type CommuneSource,
  type ProvinceRequest,
} from "./province";
