/**
 * An open node: its form with every problem next to its field (live WhatsApp limits while typing, and
 * the last save's or check's problems), and beside it what each channel's customer receives.
 */
import { useMemo } from "react";
import type { BotNode, BotProblem } from "../../../api/bots-api";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { nodeFieldPaths } from "../field-paths";
import { ChannelPreview } from "../channel-preview/channel-preview";
import { useMessageChecks, type LiveCheck } from "../messages/use-message-checks";
import { nodeMessages } from "../node-messages";
import { NodeEditor } from "../nodes/node-editor";
import { mergeNodeProblems } from "./merge-node-problems";
import { problemsByField } from "../problems-by-field";

interface NodeBodyProps {
  node: BotNode;
  onChange(node: BotNode): void;
  /** Problems of this node from the last save or check that still apply. */
  serverProblems: readonly BotProblem[];
  botName: string;
}

export function NodeBody({ node, onChange, serverProblems, botName }: NodeBodyProps) {
  const messages = useMemo(() => nodeMessages(node), [node]);
  const live = useMessageChecks(messages);
  const problems = useMemo(
    () => problemsByField(mergeNodeProblems(live.violations, serverProblems), nodeFieldPaths(node)),
    [live.violations, serverProblems, node],
  );
  return (
    <div className={`node-body${messages.length > 0 ? " node-body--with-preview" : ""}`}>
      <div className="node-body__form">
        <FieldViolations problems={problems.get("")} />
        <NodeEditor node={node} onChange={onChange} scope={{ problems, base: "" }} />
      </div>
      {messages.length > 0 && (
        <div className="node-body__preview">
          <ChannelPreview botName={botName} messages={messages} check={live} />
          <LiveCheckStatus check={live} />
        </div>
      )}
    </div>
  );
}

function LiveCheckStatus({ check }: { check: LiveCheck }) {
  const { t } = useI18n();
  const text =
    check.state === "checking"
      ? t("botEditor.liveChecking")
      : check.state === "unavailable"
        ? t("botEditor.liveUnavailable")
        : check.violations.length === 0
          ? t("botEditor.liveOk")
          : t("botEditor.liveProblems", { count: check.violations.length });
  return (
    <p
      className={`live-check live-check--${check.state === "done" && check.violations.length > 0 ? "problems" : check.state}`}
      data-testid="live-check"
      data-state={check.state}
      data-count={check.violations.length}
      role="status"
    >
      {text}
    </p>
  );
}
