/** 回覆框的媒體、商品模式與選項上方圖片的繁體中文文字。 */
import type { composerModesEn } from "./composer-modes-en";

export const composerModesZhTW: Record<keyof typeof composerModesEn, string> = {
  "composer.modeMedia": "媒體",
  "composer.modeProduct": "商品",

  "composerMedia.type": "檔案類型",
  "composerMedia.typeImage": "圖片",
  "composerMedia.typeVideo": "影片",
  "composerMedia.typeAudio": "音訊",
  "composerMedia.typeDocument": "文件",
  "composerMedia.url": "檔案網址",
  "composerMedia.urlHint": "平台能下載的公開 https 網址。",
  "composerMedia.filename": "顧客看到的檔名",
  "composerMedia.filenamePlaceholder": "例如 price-list.pdf",
  "composerMedia.caption": "說明文字",
  "composerMedia.captionPlaceholder": "說明文字（選填）",

  "composerProduct.body": "訊息",
  "composerProduct.bodyPlaceholder": "與商品一起顯示的文字（選填）",
  "composerProduct.catalogId": "目錄 ID",
  "composerProduct.catalogIdPlaceholder": "可在商務管理工具中找到",
  "composerProduct.productId": "商品 ID",
  "composerProduct.productIdPlaceholder": "商品的內容 ID（SKU）",
  "composerProduct.footer": "頁尾",
  "composerProduct.footerPlaceholder": "選填",
  "composerProduct.hint": "顧客會看到 WhatsApp 目錄中該商品的照片、名稱與價格，並可加入購物車。",

  "composerChoices.headerImage": "訊息上方的圖片（選填）",
  "composerChoices.headerImagePlaceholder": "https://… 例如商品照片",
};
