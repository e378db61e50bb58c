/*
 * The pages' guard against old webviews (ES5 only: it must run where the bundles cannot).
 * Loaded by every page (src/pages/page.html) after office.js and before the bundle, as a file of
 * its own (the Content-Security-Policy forbids inline scripts). Two cases:
 * - the webview lacks what the bundles need (Trident/IE11 in Office 2016 and 2019 perpetual on
 *   older Windows, old EdgeHTML): the page's content is hidden and "Hãy cập nhật Office" says
 *   what to do, in Vietnamese and English;
 * - the bundle fails to start (an error before the pane has drawn anything, or the pane still
 *   empty 15 s after the page loaded): "Định Biên chưa khởi động được", which goes away if the
 *   pane draws itself after all.
 * Modern syntax (classes, arrows, optional chaining) cannot be tested without eval, which the
 * policy forbids; the globals and methods below arrived with it or later, so a webview that has
 * them all parses the bundles.
 */
(function () {
  var w = window;
  var d = document;

  function lacking() {
    var out = [];
    if (typeof Promise !== "function" || typeof Promise.prototype["finally"] !== "function")
      out.push("Promise.prototype.finally");
    if (typeof Map !== "function" || typeof Set !== "function" || typeof WeakMap !== "function")
      out.push("Map, Set, WeakMap");
    if (typeof Symbol !== "function" || !Symbol.asyncIterator) out.push("Symbol.asyncIterator");
    if (typeof Object.fromEntries !== "function") out.push("Object.fromEntries");
    if (typeof Array.prototype.flat !== "function" || typeof Array.prototype.flatMap !== "function")
      out.push("Array.prototype.flat");
    if (typeof String.prototype.matchAll !== "function") out.push("String.prototype.matchAll");
    // Every engine with replaceAll (Chromium 85, Safari 13.1, Firefox 77) also parses the
    // bundles' ?. and ?? (ES2020), which no ES5 script can test for.
    if (typeof String.prototype.replaceAll !== "function") out.push("String.prototype.replaceAll");
    if (typeof globalThis === "undefined") out.push("globalThis");
    if (typeof Intl === "undefined" || typeof Intl.PluralRules !== "function")
      out.push("Intl.PluralRules");
    if (typeof TextDecoder !== "function" || typeof TextEncoder !== "function")
      out.push("TextDecoder");
    if (typeof URLSearchParams !== "function") out.push("URLSearchParams");
    if (typeof requestAnimationFrame !== "function") out.push("requestAnimationFrame");
    return out;
  }

  var TEXT = {
    unsupported: [
      "Hãy cập nhật Office",
      "Phiên bản Office này hiển thị ngăn bổ trợ bằng một trình duyệt cũ, Định Biên không chạy được trong đó.",
      "Cách khắc phục: cập nhật Office (Microsoft 365: Tệp → Tài khoản → Tùy chọn cập nhật → Cập nhật ngay), hoặc mở sổ tính trong Excel trên web (office.com).",
      "Please update Office",
      "This version of Office shows add-ins in an old browser engine that Định Biên cannot run in.",
      "What to do: update Office (Microsoft 365: File → Account → Update Options → Update Now), or open the workbook in Excel on the web (office.com)."
    ],
    failed: [
      "Định Biên chưa khởi động được",
      "Hãy đóng ngăn Định Biên rồi mở lại. Nếu vẫn không được: cập nhật Office, hoặc mở sổ tính trong Excel trên web (office.com).",
      "",
      "Định Biên could not start",
      "Close the Định Biên pane and open it again. If that does not help: update Office, or open the workbook in Excel on the web (office.com).",
      ""
    ]
  };

  var box = null;

  function el(tag, text, css) {
    var e = d.createElement(tag);
    e.appendChild(d.createTextNode(text));
    e.style.cssText = css;
    return e;
  }

  function show(kind) {
    if (box || !d.body) return;
    var t = TEXT[kind];
    box = d.createElement("div");
    box.id = "dinh-bien-guard";
    box.setAttribute("role", "alert");
    box.style.cssText =
      "font-family: 'Segoe UI', Tahoma, Arial, sans-serif; font-size: 14px; line-height: 1.45;" +
      "color: #201f1e; background: #fff4ce; border-left: 4px solid #c19c00;" +
      "padding: 12px 14px; margin: 12px; max-width: 100%; box-sizing: border-box;" +
      "word-wrap: break-word;";
    for (var i = 0; i < t.length; i += 3) {
      var lang = i === 0 ? "vi" : "en";
      var part = d.createElement("div");
      part.setAttribute("lang", lang);
      if (i > 0) part.style.cssText = "margin-top: 14px; padding-top: 10px; border-top: 1px solid #e1dfdd;";
      part.appendChild(el("h1", t[i], "font-size: 16px; margin: 0 0 6px; font-weight: 600;"));
      part.appendChild(el("p", t[i + 1], "margin: 0 0 6px;"));
      if (t[i + 2]) part.appendChild(el("p", t[i + 2], "margin: 0;"));
      box.appendChild(part);
    }
    if (kind === "unsupported") {
      // The page's own content cannot work here: only the message stays.
      for (var c = d.body.firstChild; c; c = c.nextSibling)
        if (c.nodeType === 1) c.style.display = "none";
    }
    d.body.insertBefore(box, d.body.firstChild);
  }

  function hide() {
    if (box && box.parentNode) box.parentNode.removeChild(box);
    box = null;
  }

  function onBody(f) {
    if (d.body && d.readyState !== "loading") f();
    else if (d.addEventListener) d.addEventListener("DOMContentLoaded", f, false);
    else w.attachEvent("onload", f);
  }

  if (lacking().length > 0) {
    // Kept for whoever reads the page (and the browser test).
    w.dinhBienLacking = lacking();
    onBody(function () {
      show("unsupported");
    });
    return;
  }

  // The bundle loads; if it fails before the pane has drawn anything, say so.
  function started() {
    var root = d.getElementById("root");
    return root ? root.childNodes.length > 0 : d.readyState === "complete";
  }
  w.addEventListener("error", function () {
    if (!started())
      onBody(function () {
        show("failed");
      });
  });
  w.addEventListener("load", function () {
    var root = d.getElementById("root");
    if (!root) return;
    var waited = 0;
    var timer = setInterval(function () {
      waited += 1000;
      if (root.childNodes.length > 0) {
        // The pane drew itself (late, or after all): no message over it.
        hide();
        clearInterval(timer);
      } else if (waited >= 15000) {
        show("failed");
        if (waited >= 120000) clearInterval(timer);
      }
    }, 1000);
  });
})();
