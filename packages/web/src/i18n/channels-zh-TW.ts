/** 連接 Messenger、Instagram 與 LINE 帳號，以及各頻道訊息預覽的繁體中文文字。 */
import type { channelsEn } from "./channels-en";

export const channelsZhTW: Record<keyof typeof channelsEn, string> = {
  "accountsChannel.formTitle": "新的 {channel} 帳號",
  "accountsChannel.channel": "頻道",
  "accountsChannel.intro.whatsapp":
    "WhatsApp Cloud API 號碼，位於 Meta for Developers › WhatsApp › API 設定。",
  "accountsChannel.intro.messenger":
    "Facebook 粉絲專頁：專頁 ID、專頁存取權杖與 Meta 應用程式密鑰，位於 Meta for Developers › Messenger › 設定。",
  "accountsChannel.intro.instagram":
    "連結粉絲專頁的 Instagram 專業帳號：帳號 ID 與專頁存取權杖，位於 Meta for Developers › Instagram › API 設定。",
  "accountsChannel.intro.line":
    "LINE 官方帳號的 Messaging API 頻道，位於 LINE Developers 主控台 › Messaging API。",
  "accountsChannel.pageId": "粉絲專頁 ID",
  "accountsChannel.pageIdHint": "Facebook 粉絲專頁 ID：只含數字（專頁 › 關於 › 專頁資訊透明度）。",
  "accountsChannel.pageUsername": "粉絲專頁用戶名稱",
  "accountsChannel.pageUsernameHint": "用於 m.me 連結；未填時使用專頁 ID。",
  "accountsChannel.pageAccessToken": "粉絲專頁存取權杖",
  "accountsChannel.pageAccessTokenHint": "在 Messenger › 設定 › 存取權杖為此專頁產生。",
  "accountsChannel.instagramId": "Instagram 帳號 ID",
  "accountsChannel.instagramIdHint": "Instagram 專業帳號 ID：只含數字。",
  "accountsChannel.instagramUsername": "Instagram 用戶名稱",
  "accountsChannel.instagramUsernameHint": "不含 @；用於 ig.me 連結。",
  "accountsChannel.instagramTokenHint": "與此 Instagram 帳號連結的 Facebook 粉絲專頁存取權杖。",
  "accountsChannel.appSecretHint": "Meta 應用程式 › 設定 › 基本資料 › 應用程式密鑰；用來簽署每個 Webhook。",
  "accountsChannel.verifyTokenHint": "任意自訂文字；在 Meta 的 Webhook 設定貼上相同內容。",
  "accountsChannel.lineUserId": "機器人使用者 ID",
  "accountsChannel.lineUserIdHint":
    "U 加上 32 個小寫十六進位字元（基本設定 › Your user ID，即 Webhook 的 destination）。",
  "accountsChannel.lineBasicId": "Basic ID",
  "accountsChannel.lineBasicIdHint": "以 @ 開頭；用於 line.me 連結。",
  "accountsChannel.channelAccessToken": "頻道存取權杖",
  "accountsChannel.channelAccessTokenHint": "Messaging API › Channel access token（長期）。",
  "accountsChannel.channelSecret": "頻道密鑰",
  "accountsChannel.channelSecretHint":
    "基本設定 › Channel secret；用來簽署每個 Webhook（X-Line-Signature）。",
  "accountsChannel.webchatId": "小工具 ID",
  "accountsChannel.created.whatsapp": "帳號已新增。請將 Webhook 網址與驗證權杖貼到 Meta。",
  "accountsChannel.created.messenger": "粉絲專頁已連接。請將 Webhook 網址與驗證權杖貼到 Meta。",
  "accountsChannel.created.instagram": "Instagram 帳號已連接。請將 Webhook 網址與驗證權杖貼到 Meta。",
  "accountsChannel.created.line": "LINE 頻道已連接。請將 Webhook 網址貼到 LINE Developers 主控台。",
  "accountsChannel.created.webchat": "網站聊天已連接。",
  "accountsChannel.webhookHelp.whatsapp":
    "在 Meta for Developers › WhatsApp › 設定中貼上此回呼網址與驗證權杖，然後訂閱 messages 欄位。",
  "accountsChannel.webhookHelp.messenger":
    "在 Meta for Developers › Messenger › 設定 › Webhooks 貼上此回呼網址與驗證權杖，然後為專頁訂閱 messages、messaging_postbacks、messaging_referrals 與 feed。",
  "accountsChannel.webhookHelp.instagram":
    "在 Meta for Developers › Instagram › Webhooks 貼上此回呼網址與驗證權杖，然後訂閱 messages 與 comments。",
  "accountsChannel.webhookHelp.line":
    "在 LINE Developers 主控台 › Messaging API › Webhook settings 貼上此網址，開啟 Use webhook 並按 Verify。",
  "accountsChannel.webhookHelp.webchat": "網站聊天不需要 Webhook。",

  "channelPreview.tabs": "預覽頻道",
  "channelPreview.checking": "正在為 {channel} 編譯…",
  "channelPreview.unavailable": "目前無法編譯預覽。",
  "channelPreview.problems": "{channel} 無法照目前內容傳送：",
  "channelPreview.caption": "{channel} 收到的內容（由伺服器編譯）。",
  "channelPreview.quickReplies": "快速回覆",
  "channelPreview.form.text": "文字",
  "channelPreview.form.quick_replies": "文字加快速回覆",
  "channelPreview.form.button_template": "按鈕範本",
  "channelPreview.form.generic_template": "通用範本（卡片）",
  "channelPreview.form.media": "附件",
  "channelPreview.form.buttons": "按鈕範本",
  "channelPreview.form.confirm": "確認範本",
  "channelPreview.form.carousel": "輪播範本",
  "channelPreview.form.flex": "Flex 訊息",
  "channelPreview.form.location": "位置",
  "channelPreview.form.other": "其他訊息",
};
