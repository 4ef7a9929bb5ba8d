/** A stored keyword rule of one channel account (the engine's definition plus its identity and times). */
import type { KeywordRuleDefinition } from "@switchboard/engine";

export interface KeywordRule extends KeywordRuleDefinition {
  id: string;
  channelAccountId: string;
  createdAt: number;
  updatedAt: number;
}
