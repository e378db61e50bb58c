/**
 * Render tests: LibreOffice recalculates and prints the generated workbook (npm run test:render).
 * Needs `soffice`, `pdftotext`, `pdffonts`, `pdftoppm` on PATH. Slow: LibreOffice starts per file.
 */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test/render"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 600000,
  maxWorkers: 1,
};
