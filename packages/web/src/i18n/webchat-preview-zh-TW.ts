/** 機器人編輯器各頻道預覽中，網站聊天訊息各種形式的繁體中文名稱。 */
import type { webchatPreviewEn } from "./webchat-preview-en";

export const webchatPreviewZhTW: Record<keyof typeof webchatPreviewEn, string> = {
  "channelPreview.form.card_carousel": "卡片輪播",
  "channelPreview.form.contacts": "聯絡人名片",
  "channelPreview.form.reaction": "表情回應",
  "channelPreview.form.location_request": "位置請求",
  "channelPreview.form.product": "商品",
  "channelPreview.form.card": "卡片",
};
