/** English texts of connecting Messenger, Instagram and LINE accounts and of the per-channel message preview. */
export const channelsEn = {
  "accountsChannel.formTitle": "New {channel} account",
  "accountsChannel.channel": "Channel",
  "accountsChannel.intro.whatsapp":
    "A WhatsApp Cloud API number from Meta for Developers › WhatsApp › API Setup.",
  "accountsChannel.intro.messenger":
    "A Facebook Page: the Page id, a Page access token and the Meta app's secret, from Meta for Developers › Messenger › Settings.",
  "accountsChannel.intro.instagram":
    "An Instagram professional account linked to a Page: its id and the Page's access token, from Meta for Developers › Instagram › API setup.",
  "accountsChannel.intro.line":
    "A LINE Official Account's Messaging API channel, from the LINE Developers console › Messaging API.",
  "accountsChannel.pageId": "Page ID",
  "accountsChannel.pageIdHint": "The Facebook Page id: digits only (Page › About › Page transparency).",
  "accountsChannel.pageUsername": "Page username",
  "accountsChannel.pageUsernameHint": "Used for m.me links; the Page id is used without it.",
  "accountsChannel.pageAccessToken": "Page access token",
  "accountsChannel.pageAccessTokenHint":
    "Generated for this Page under Messenger › Settings › Access tokens.",
  "accountsChannel.instagramId": "Instagram account ID",
  "accountsChannel.instagramIdHint": "The Instagram professional account id: digits only.",
  "accountsChannel.instagramUsername": "Instagram username",
  "accountsChannel.instagramUsernameHint": "Without @; used for ig.me links.",
  "accountsChannel.instagramTokenHint":
    "The access token of the Facebook Page linked to the Instagram account.",
  "accountsChannel.appSecretHint": "Meta app › Settings › Basic › App secret; it signs every webhook.",
  "accountsChannel.verifyTokenHint": "Any text you choose; paste the same into Meta's webhook settings.",
  "accountsChannel.lineUserId": "Bot user ID",
  "accountsChannel.lineUserIdHint":
    "U followed by 32 lowercase hex digits (Basic settings › Your user ID, the webhooks' destination).",
  "accountsChannel.lineBasicId": "Basic ID",
  "accountsChannel.lineBasicIdHint": "Starts with @; used for line.me links.",
  "accountsChannel.channelAccessToken": "Channel access token",
  "accountsChannel.channelAccessTokenHint": "Messaging API › Channel access token (long-lived).",
  "accountsChannel.channelSecret": "Channel secret",
  "accountsChannel.channelSecretHint":
    "Basic settings › Channel secret; it signs every webhook (X-Line-Signature).",
  "accountsChannel.webchatId": "Widget ID",
  "accountsChannel.created.whatsapp": "Account added. Paste the webhook URL and the verify token into Meta.",
  "accountsChannel.created.messenger":
    "Page connected. Paste the webhook URL and the verify token into Meta.",
  "accountsChannel.created.instagram":
    "Instagram account connected. Paste the webhook URL and the verify token into Meta.",
  "accountsChannel.created.line":
    "LINE channel connected. Paste the webhook URL into the LINE Developers console.",
  "accountsChannel.created.webchat": "Web chat connected.",
  "accountsChannel.webhookHelp.whatsapp":
    "In Meta for Developers › WhatsApp › Configuration, paste this callback URL and the verify token, then subscribe to the messages field.",
  "accountsChannel.webhookHelp.messenger":
    "In Meta for Developers › Messenger › Settings › Webhooks, paste this callback URL and the verify token, then subscribe the Page to messages, messaging_postbacks, messaging_referrals and feed.",
  "accountsChannel.webhookHelp.instagram":
    "In Meta for Developers › Instagram › Webhooks, paste this callback URL and the verify token, then subscribe to messages and comments.",
  "accountsChannel.webhookHelp.line":
    "In the LINE Developers console › Messaging API › Webhook settings, paste this URL, turn on Use webhook and press Verify.",
  "accountsChannel.webhookHelp.webchat": "Web chat needs no webhook.",

  "channelPreview.tabs": "Preview on",
  "channelPreview.checking": "Compiling for {channel}…",
  "channelPreview.unavailable": "The preview could not be compiled right now.",
  "channelPreview.problems": "{channel} cannot send this as written:",
  "channelPreview.caption": "What {channel} receives, as the server compiles it.",
  "channelPreview.quickReplies": "Quick replies",
  "channelPreview.form.text": "Text",
  "channelPreview.form.quick_replies": "Text with quick replies",
  "channelPreview.form.button_template": "Button template",
  "channelPreview.form.generic_template": "Generic template (cards)",
  "channelPreview.form.media": "Attachment",
  "channelPreview.form.buttons": "Buttons template",
  "channelPreview.form.confirm": "Confirm template",
  "channelPreview.form.carousel": "Carousel template",
  "channelPreview.form.flex": "Flex message",
  "channelPreview.form.location": "Location",
  "channelPreview.form.other": "Other message",
};
