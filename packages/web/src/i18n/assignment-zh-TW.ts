/** 自動指派（門市頁面的指派方式、「轉到門市」聊天機器人節點）的繁體中文文字。 */
import type { assignmentEn } from "./assignment-en";

export const assignmentZhTW: Record<keyof typeof assignmentEn, string> = {
  "assignment.title": "指派",
  "assignment.intro":
    "在這間門市排隊等候的對話如何交給門市的客服人員與店長。每個人同時處理中的對話不超過其容量（在人員頁面設定）。",
  "assignment.mode": "新對話的指派方式",
  "assignment.mode.manual": "手動",
  "assignment.mode.round_robin": "輪流指派",
  "assignment.mode.least_busy": "最不忙碌者優先",
  "assignment.modeHelp.manual": "對話在佇列中等候，直到有人接手或店長指派。",
  "assignment.modeHelp.round_robin": "仍有容量的客服人員輪流接手。",
  "assignment.modeHelp.least_busy": "處理中對話最少的客服人員接手下一則。",
  "assignment.badge": "指派：{mode}",
  "assignment.saving": "儲存中…",
  "assignment.saveFailed": "無法變更指派方式：{reason}",
  "assignment.loadFailed": "無法載入指派設定：{reason}",
  "assignment.noAgents": "這間門市還沒有人員：請在人員頁面把客服人員加入此門市。",
  "assignment.load": "處理中 {inProgress} 則",
  "assignment.loadOf": "處理中 {inProgress} / {capacity} 則",
  "assignment.inactive": "已停用",

  "botNode.kindRouteToStore": "轉到門市",
  "botNode.helpRouteToStore": "把對話放進某間門市的佇列，並轉交給該門市的人員（「請選擇離您最近的櫃點」）。",
  "routeToStore.source": "哪一間門市",
  "routeToStore.from.fixed": "指定門市",
  "routeToStore.from.choice": "客人剛才選擇的選項",
  "routeToStore.from.attribute": "聯絡人屬性中記載的門市",
  "routeToStore.store": "門市",
  "routeToStore.pickStore": "選擇門市…",
  "routeToStore.missingStore": "{id}（已不存在）",
  "routeToStore.attribute": "記載門市 ID 或名稱的屬性",
  "routeToStore.choiceHelp":
    "請把這個節點放在選項為各門市的選擇節點之後：選項的 ID（或標題）必須是門市的 ID（或名稱）。",
  "routeToStore.fallbackHelp": "沒有符合的門市時，對話會在頻道帳號的預設門市等候。",
  "routeToStore.summaryChoice": "所選選項的門市",
};
