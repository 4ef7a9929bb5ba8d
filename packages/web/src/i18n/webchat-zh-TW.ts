/** 網站聊天小工具的繁體中文文字：設定、script 標籤與身分密鑰。 */
import type { webchatEn } from "./webchat-en";

export const webchatZhTW: Record<keyof typeof webchatEn, string> = {
  "accountsChannel.intro.webchat":
    "放在您自己網站上的聊天小工具：加入一個 script 標籤就會出現聊天按鈕；顧客可改用 WhatsApp、Messenger 或 LINE 繼續對話，仍是同一位聯絡人。",
  "webchat.allowedOrigins": "允許的網站",
  "webchat.allowedOriginsHint":
    "每行一個來源，例如 https://shop.example.com。小工具只回應這些網站的頁面（以及本伺服器的示範頁）。",
  "webchat.continueOn": "提供「改用其他管道繼續」",
  "webchat.continueOnHint": "小工具中的連結會在這些帳號開啟對話；顧客仍是同一位聯絡人。",
  "webchat.continueOnNone": "請先連接 WhatsApp、Messenger 或 LINE 帳號。",
  "webchat.identitySecret": "身分密鑰",
  "webchat.identitySecretHint":
    "您的網站用它簽署已登入顧客的 ID（十六進位 HMAC-SHA256），讓對話在不同裝置間延續。請只存放在您的伺服器上。",
  "webchat.scriptTag": "Script 標籤",
  "webchat.scriptTagHint": "貼在每個要顯示聊天按鈕的頁面 </body> 之前。",
  "webchat.signedInHint":
    "已登入的顧客請加上 data-user-id 與 data-user-signature（以身分密鑰對 ID 計算的十六進位 HMAC-SHA256）。",
  "webchat.demoPage": "示範頁",
  "webchat.originsNone": "只有本伺服器的示範頁",
};
