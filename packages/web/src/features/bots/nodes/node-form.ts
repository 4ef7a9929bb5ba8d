/** The props every node form takes: one kind of node, its change, and the problems inside it. */
import type { BotNodeKind, NodeOf } from "../../../api/bots-api";
import type { ProblemScope } from "../fields/problem-scope";

export interface NodeFormProps<K extends BotNodeKind> {
  node: NodeOf<K>;
  onChange(node: NodeOf<K>): void;
  /** Problems keyed by their field's path inside the node. */
  scope: ProblemScope;
}
