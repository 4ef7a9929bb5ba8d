/** What advancing a bot asks the server to do, in order. The engine itself does none of it. */
import type { OutboundMessage } from "@switchboard/core";
import type { JSONType } from "zod";

/** An HTTP call for the server to make; it answers with an `http_response` event carrying `token`. */
export interface BotHttpRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  headers: Record<string, string>;
  body?: JSONType;
  timeoutMs: number;
}

/** One effect of a bot step. Tags and attributes are only emitted when they change. */
export type BotAction =
  | { type: "send"; message: OutboundMessage }
  | { type: "add_tag"; tag: string }
  | { type: "remove_tag"; tag: string }
  | { type: "set_attribute"; attribute: string; value: string }
  /** Answer with a `timer` event carrying `token` at epoch ms `at` (durable: must survive restarts). */
  | { type: "schedule_timer"; token: string; at: number }
  | { type: "http_request"; token: string; request: BotHttpRequest }
  /** Hand the conversation to people. */
  | { type: "handover" }
  /** Put the conversation in the queue of the first store these ids or names match (none: the default). */
  | { type: "route_to_store"; storeKeys: string[] }
  /** The conversation's bot flow is over; `step_limit` means a go-to loop without any pause. */
  | { type: "end"; reason: "end_node" | "step_limit" };
