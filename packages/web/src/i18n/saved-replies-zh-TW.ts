/** 常用回覆頁面與回覆框常用回覆選單的繁體中文文字。 */
import type { savedRepliesEn } from "./saved-replies-en";

export const savedRepliesZhTW: Record<keyof typeof savedRepliesEn, string> = {
  "nav.savedReplies": "常用回覆",

  "savedReplies.title": "常用回覆",
  "savedReplies.intro": "團隊經常傳送的回答。在對話中輸入 / 和捷徑即可插入，內容會依該位顧客自動填入。",
  "savedReplies.loading": "載入中…",
  "savedReplies.loadFailed": "無法載入常用回覆：{reason}",
  "savedReplies.deleteFailed": "無法刪除：{reason}",
  "savedReplies.empty": "目前還沒有常用回覆。把團隊一再輸入的回答加進來吧。",
  "savedReplies.noMatches": "沒有符合搜尋的常用回覆。",
  "savedReplies.search": "搜尋常用回覆",
  "savedReplies.searchPlaceholder": "依標題、捷徑或標籤搜尋",
  "savedReplies.new": "新增常用回覆",
  "savedReplies.edit": "編輯常用回覆",
  "savedReplies.titleLabel": "標題",
  "savedReplies.titlePlaceholder": "例如：營業時間",
  "savedReplies.shortcut": "捷徑",
  "savedReplies.shortcutHint": "/ 加上最多 32 個字母、數字、- 或 _。在回覆框開頭輸入即可插入這則回覆。",
  "savedReplies.message": "訊息",
  "savedReplies.variablesHint":
    "會依每位顧客填入的變數：{{contact.name}}、{{contact.phone}}、{{contact.<attribute>}}、{{agent.name}}。可在 | 後加上預設文字，例如 {{contact.name|您}}。",
  "savedReplies.tags": "標籤",
  "savedReplies.tagsPlaceholder": "例如：營業時間, 門市",
  "savedReplies.tagsHint": "以逗號分隔；搜尋時會一併比對。",
  "savedReplies.shared": "共用",
  "savedReplies.personal": "個人",
  "savedReplies.warningsTitle": "已儲存，但並非每個頻道都能照原樣傳送：",
  "savedReplies.warning": "{channel} · {path}：{problem}",

  "savedReplies.pickerLabel": "常用回覆",
  "savedReplies.pickerHint": "↑ ↓ 選擇 · Enter 插入 · Esc 關閉",
  "savedReplies.pickerEmpty": "沒有符合的常用回覆。可到「常用回覆」頁面新增。",
  "savedReplies.pickerFailed": "無法使用常用回覆：{reason}",
  "savedReplies.insertedPartly":
    "「{title}」有此回覆框無法傳送的部分（媒體、頁首、頁尾…），只插入了其餘內容。",
};
