/** The open module: its header, its nodes as cards in order (the selected one open), and adding nodes. */
import { useEffect, useRef, useState } from "react";
import type { Bot, BotModule, BotNodeKind, BotProblem } from "../../../api/bots-api";
import { useI18n } from "../../../i18n/i18n-context";
import { deleteModule, renameModule } from "../module-edits";
import { newNode } from "../new-node";
import { addNode, deleteNode, moveNode, replaceNode } from "../node-edits";
import { ModuleHeader } from "./module-header";
import { NodeAddBar } from "./node-add-bar";
import { NodeBody } from "./node-body";
import { NodeCard } from "./node-card";
import { nodeSummary } from "./node-summary";

interface ModulePanelProps {
  module: BotModule;
  bot: Bot;
  selectedNode: number | null;
  /** Problems of this module that still apply. */
  problems: readonly BotProblem[];
  onSelectNode(index: number | null): void;
  edit(change: (draft: Bot) => Bot): void;
  onModuleDeleted(): void;
}

export function ModulePanel({
  module,
  bot,
  selectedNode,
  problems,
  onSelectNode,
  edit,
  onModuleDeleted,
}: ModulePanelProps) {
  const { t } = useI18n();
  const listRef = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const moduleName = (id: string) => bot.modules.find((candidate) => candidate.id === id)?.name ?? id;
  const cardButton = (index: number) =>
    listRef.current?.querySelector<HTMLButtonElement>(`[data-node-select="${index}"]`) ?? null;

  useEffect(() => {
    if (pendingFocus.current === null) return;
    cardButton(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  useEffect(() => {
    if (selectedNode !== null) cardButton(selectedNode)?.scrollIntoView({ block: "nearest" });
  }, [module.id, selectedNode]);

  function move(from: number, to: number) {
    edit((draft) => moveNode(draft, module.id, from, to));
    if (selectedNode === from) onSelectNode(to);
    else if (selectedNode === to) onSelectNode(from);
    pendingFocus.current = to;
    setAnnouncement(t("botEditor.moved", { from: from + 1, to: to + 1 }));
  }

  function remove(index: number) {
    edit((draft) => deleteNode(draft, module.id, index));
    if (selectedNode === index) onSelectNode(null);
    else if (selectedNode !== null && selectedNode > index) onSelectNode(selectedNode - 1);
    setAnnouncement(t("botEditor.deleted", { n: index + 1 }));
  }

  function add(kind: BotNodeKind) {
    const index = module.nodes.length;
    edit((draft) => addNode(draft, module.id, newNode(kind, draft, module.id)));
    onSelectNode(index);
    pendingFocus.current = index;
  }

  return (
    <section
      className="module-panel"
      aria-labelledby="module-rename-input"
      data-testid="module-panel"
      data-module-id={module.id}
    >
      <ModuleHeader
        module={module}
        bot={bot}
        problems={problems.filter((problem) => problem.nodeIndex === undefined)}
        onRename={(name) => edit((draft) => renameModule(draft, module.id, name))}
        onDelete={() => {
          edit((draft) => deleteModule(draft, module.id));
          onModuleDeleted();
        }}
      />
      {module.nodes.length === 0 && <p className="empty-state">{t("botEditor.noNodes")}</p>}
      <ol className="node-list" ref={listRef} aria-label={t("botEditor.nodes")}>
        {module.nodes.map((node, index) => {
          const nodeProblems = problems.filter((problem) => problem.nodeIndex === index);
          return (
            <NodeCard
              key={`${module.id}:${index}`}
              node={node}
              index={index}
              count={module.nodes.length}
              selected={selectedNode === index}
              summary={nodeSummary(node, moduleName, t)}
              problemCount={nodeProblems.length}
              onSelect={() => onSelectNode(selectedNode === index ? null : index)}
              onMove={(to) => move(index, to)}
              onDelete={() => remove(index)}
              onFocusMove={(delta) => cardButton(index + delta)?.focus()}
            >
              <NodeBody
                key={`${module.id}:${index}:${node.kind}`}
                node={node}
                serverProblems={nodeProblems}
                botName={bot.name}
                onChange={(next) => edit((draft) => replaceNode(draft, module.id, index, next))}
              />
            </NodeCard>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <NodeAddBar onAdd={add} />
    </section>
  );
}
