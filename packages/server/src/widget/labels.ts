/** The widget's words in English and Traditional Chinese, chosen from the page's language. */

export type WidgetLanguage = "en" | "zh-TW";

export interface Labels {
  open: string;
  close: string;
  title: string;
  placeholder: string;
  send: string;
  chooseOption: string;
  continueOn: string;
  shareLocation: string;
  openMap: string;
  sending: string;
  offline: string;
  channel: Record<string, string>;
}

const en: Labels = {
  open: "Chat with us",
  close: "Close chat",
  title: "Chat",
  placeholder: "Type a message…",
  send: "Send",
  chooseOption: "Choose",
  continueOn: "Continue on",
  shareLocation: "Share my location",
  openMap: "Open map",
  sending: "Sending…",
  offline: "Reconnecting…",
  channel: { whatsapp: "WhatsApp", messenger: "Messenger", instagram: "Instagram", line: "LINE" },
};

const zhTW: Labels = {
  open: "和我們聊聊",
  close: "關閉對話",
  title: "線上客服",
  placeholder: "輸入訊息…",
  send: "傳送",
  chooseOption: "選擇",
  continueOn: "改用以下方式繼續",
  shareLocation: "分享我的位置",
  openMap: "開啟地圖",
  sending: "傳送中…",
  offline: "重新連線中…",
  channel: { whatsapp: "WhatsApp", messenger: "Messenger", instagram: "Instagram", line: "LINE" },
};

/** Pure: Traditional Chinese for a page in Chinese (`zh`, `zh-TW`, `zh-Hant`…), else English. */
export function pickLanguage(...candidates: (string | undefined | null)[]): WidgetLanguage {
  const first = candidates.find((c) => c !== undefined && c !== null && c.trim() !== "");
  return first !== undefined && first !== null && /^zh\b/i.test(first.trim()) ? "zh-TW" : "en";
}

export function labelsFor(language: WidgetLanguage): Labels {
  return language === "zh-TW" ? zhTW : en;
}
