/**
 * One node in its module: number, kind and summary; move up/down (also Alt+↑/↓ on the card), delete;
 * the selected card opens its form. ↑/↓ alone move between cards.
 */
import type { KeyboardEvent, ReactNode } from "react";
import type { BotNode } from "../../../api/bots-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ConfirmButton } from "../fields/confirm-button";
import { nodeKindLabels } from "./node-kind-labels";
import { ProblemBadge } from "./problem-badge";

interface NodeCardProps {
  node: BotNode;
  index: number;
  count: number;
  selected: boolean;
  summary: string;
  problemCount: number;
  onSelect(): void;
  onMove(to: number): void;
  onDelete(): void;
  /** Moves keyboard focus to the card `delta` places away. */
  onFocusMove(delta: number): void;
  /** The open form, when selected. */
  children?: ReactNode;
}

export function NodeCard({
  node,
  index,
  count,
  selected,
  summary,
  problemCount,
  onSelect,
  onMove,
  onDelete,
  onFocusMove,
  children,
}: NodeCardProps) {
  const { t } = useI18n();
  const kind = nodeKindLabels[node.kind];
  const number = index + 1;
  const canMove = (delta: number) => index + delta >= 0 && index + delta < count;
  const moves = [
    { delta: -1, testId: "node-move-up", label: t("botEditor.moveUp", { n: number }), arrow: "↑" },
    { delta: 1, testId: "node-move-down", label: t("botEditor.moveDown", { n: number }), arrow: "↓" },
  ];

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    event.preventDefault();
    const delta = event.key === "ArrowUp" ? -1 : 1;
    if (event.altKey) {
      if (canMove(delta)) onMove(index + delta);
    } else onFocusMove(delta);
  }

  return (
    <li
      className={`node-card${selected ? " node-card--selected" : ""}${problemCount > 0 ? " node-card--problems" : ""}`}
      data-testid="node-card"
      data-kind={node.kind}
      data-index={index}
    >
      <div className="node-card__header">
        <button
          type="button"
          className="node-card__select"
          data-testid="node-select"
          data-node-select={index}
          aria-expanded={selected}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          title={t("botEditor.nodeKeys")}
          onClick={onSelect}
          onKeyDown={onKeyDown}
        >
          <span className="node-card__number">
            <span className="visually-hidden">{t("botEditor.nodeNumber")} </span>
            {number}
          </span>
          <span className="node-card__icon" aria-hidden="true">
            {kind.icon}
          </span>
          <span className="node-card__text">
            <span className="node-card__kind">{t(kind.name)}</span>
            {summary !== "" && <span className="node-card__summary">{summary}</span>}
          </span>
          {problemCount > 0 && <ProblemBadge count={problemCount} testId="node-problem-count" />}
        </button>
        <div className="node-card__actions">
          {moves.map(({ delta, testId, label, arrow }) => (
            <button
              key={testId}
              type="button"
              className="icon-button"
              data-testid={testId}
              aria-label={label}
              title={label}
              disabled={!canMove(delta)}
              onClick={() => onMove(index + delta)}
            >
              {arrow}
            </button>
          ))}
          <ConfirmButton
            label={t("botEditor.deleteNode")}
            question={t("botEditor.deleteNodeQuestion", { n: number })}
            confirmLabel={t("botEditor.delete")}
            onConfirm={onDelete}
            testId="node-delete"
            className="button button--ghost button--compact button--bot-delete"
          />
        </div>
      </div>
      {selected && children}
    </li>
  );
}
