/* Builds the task pane and the ribbon commands.
 * - entries: taskpane (src/taskpane/index.tsx), commands (src/commands/entry.ts), message
 *   (src/commands/message-dialog.ts: the dialog a ribbon command opens when it must say something)
 * - production: `webpack --mode production`; no certificates needed. manifest.xml is copied into
 *   dist with https://localhost:3000/ replaced by DINH_BIEN_URL (e.g. https://addin.example.vn/).
 * - dev server (`webpack serve --mode development`): https on localhost:3000 with the
 *   office-addin-dev-certs certificate, loaded only in that mode.
 * - env DINH_BIEN_OUT: output directory (the browser test builds into a temp dir);
 *   DINH_BIEN_TEST_STUB=1 adds the test's office.js stand-in as an extra entry.
 * - the three pages share one template (src/pages/page.html: the Content-Security-Policy,
 *   office.js, the old-webview guard), each with its own style and body (PAGES below); the
 *   guard (src/pages/old-webview-guard.js, ES5) is copied as it is, never bundled. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/** Each page's own style and body, in the shared template. */
const PAGES = {
  taskpane: {
    style: `html, body { margin: 0; padding: 0; font-family: "Segoe UI", system-ui, -apple-system, sans-serif; }
      body { min-width: 0; overflow-x: hidden; }`,
    body: `<div id="root"></div>`,
  },
  // The ribbon's function file: no view of its own.
  commands: { style: "", body: "" },
  // The dialog a ribbon command opens when it must say something (src/commands/message-dialog.ts).
  message: {
    style: `body { font-family: "Segoe UI", system-ui, sans-serif; font-size: 14px; margin: 16px; }
      h1 { font-size: 16px; margin: 0 0 8px; }
      p { white-space: pre-wrap; }`,
    body: `<h1 id="title">Định Biên</h1>
    <p id="message" role="alert"></p>
    <button id="close" type="button">Đóng</button>`,
  },
};

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const prodUrl = (process.env.DINH_BIEN_URL || "https://localhost:3000/").replace(/\/?$/, "/");
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/entry.ts",
      message: "./src/commands/message-dialog.ts",
    },
    output: {
      path: path.resolve(process.env.DINH_BIEN_OUT || path.join(__dirname, "dist")),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } } },
        },
      ],
    },
    performance: { maxEntrypointSize: 1200 * 1024, maxAssetSize: 1200 * 1024, hints: dev ? false : "warning" },
    plugins: [
      ...Object.entries(PAGES).map(
        ([name, page]) =>
          new HtmlWebpackPlugin({ filename: `${name}.html`, template: "./src/pages/page.html", chunks: [name], page })
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/pages/old-webview-guard.js", to: "old-webview-guard.js" },
          { from: "assets/icons/*.png", to: "assets/icons/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(prodUrl)),
          },
        ],
      }),
    ],
  };
  if (process.env.DINH_BIEN_TEST_STUB) {
    // The browser test's office.js stand-in (test/browser/office-stub.ts); never in a release.
    config.entry.officeStub = "./test/browser/office-stub.ts";
  }
  if (serving) {
    // Only the dev server needs the localhost certificate (npx office-addin-dev-certs install).
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: 3000,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};
