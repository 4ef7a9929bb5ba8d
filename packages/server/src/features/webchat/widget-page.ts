/** The text of the widget's loader script and of the demo shop page that embeds it. */

/**
 * The classic script a website embeds. It finds its own tag, reads `data-key` (and, for a signed-in
 * user, `data-user-id` and `data-user-signature`), and imports the widget's modules from the same server.
 */
export const widgetLoaderScript = `(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var src = new URL(script.src);
  var base = src.origin + src.pathname.replace(/\\/webchat\\/widget\\.js$/, "");
  var options = {
    key: script.getAttribute("data-key") || "",
    base: base,
    userId: script.getAttribute("data-user-id") || undefined,
    userSignature: script.getAttribute("data-user-signature") || undefined,
    language: script.getAttribute("data-language") || undefined
  };
  import(base + "/webchat/widget/main.js").then(function (widget) {
    widget.mount(options);
  }, function (error) {
    console.error("Web chat could not load", error);
  });
})();
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small shop page with the widget of `widgetKey`, in `lang`. */
export function demoPageHtml(widgetKey: string, name: string, lang: "en" | "zh-TW"): string {
  const zh = lang === "zh-TW";
  const title = escapeHtml(name);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #2b2230; background: #fbf7f4; }
  header { padding: 24px 32px; background: #3d2b3d; color: #fff; }
  main { padding: 32px; max-width: 720px; }
  .product { display: inline-block; width: 200px; margin: 0 16px 16px 0; padding: 16px; background: #fff; border-radius: 12px; }
</style>
</head>
<body>
<header><h1>${title}</h1><p>${zh ? "示範商店：右下角可以和我們聊天。" : "Demo shop: chat with us from the corner."}</p></header>
<main>
  <div class="product"><h3>${zh ? "玫瑰精華" : "Rose serum"}</h3><p>NT$ 1,280</p></div>
  <div class="product"><h3>${zh ? "絲絨唇膏" : "Velvet lipstick"}</h3><p>NT$ 890</p></div>
</main>
<script src="/webchat/widget.js" data-key="${escapeHtml(widgetKey)}"></script>
</body>
</html>
`;
}
