/** English texts of connecting a web chat widget: its settings, the script tag and the identity secret. */
export const webchatEn = {
  "accountsChannel.intro.webchat":
    "A chat widget for your own website: one script tag adds a chat button; customers can continue on WhatsApp, Messenger or LINE as the same person.",
  "webchat.allowedOrigins": "Allowed websites",
  "webchat.allowedOriginsHint":
    "One origin per line, e.g. https://shop.example.com. The widget answers only pages there (and this server's demo page).",
  "webchat.continueOn": "Offer “continue on”",
  "webchat.continueOnHint":
    "Links in the widget that open the chat on these accounts; the customer stays one contact.",
  "webchat.continueOnNone": "Connect a WhatsApp, Messenger or LINE account first.",
  "webchat.identitySecret": "Identity secret",
  "webchat.identitySecretHint":
    "Your website signs a signed-in customer's id with it (hex HMAC-SHA256) so the chat follows them across devices. Keep it on your server.",
  "webchat.scriptTag": "Script tag",
  "webchat.scriptTagHint": "Paste it before </body> on every page that should show the chat button.",
  "webchat.signedInHint":
    "For a signed-in customer add data-user-id and data-user-signature (hex HMAC-SHA256 of the id with the identity secret).",
  "webchat.demoPage": "Demo page",
  "webchat.originsNone": "Only this server's demo page",
};
