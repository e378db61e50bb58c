// The fake reads addresses the way the production adapter does: with the engine's parser.
export {
  parseAddress,
  splitAreas,
  rangeAddress,
  quoteSheet,
  type ParsedAddress,
} from "../../../src/engine/grid/address";
