/** Adds a node of the chosen kind at the end of the module. */
import { useState } from "react";
import type { BotNodeKind } from "../../../api/bots-api";
import { useI18n } from "../../../i18n/i18n-context";
import { isNodeKind, nodeKinds } from "../new-node";
import { nodeKindLabels } from "./node-kind-labels";

export function NodeAddBar({ onAdd }: { onAdd(kind: BotNodeKind): void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<BotNodeKind>("send");
  return (
    <div className="node-add">
      <label className="field__label" htmlFor="node-kind-select">
        {t("botEditor.addNodeLabel")}
      </label>
      <div className="node-add__row">
        <select
          id="node-kind-select"
          data-testid="node-kind-select"
          value={kind}
          aria-describedby="node-kind-help"
          onChange={(event) => {
            if (isNodeKind(event.target.value)) setKind(event.target.value);
          }}
        >
          {nodeKinds.map((candidate) => (
            <option key={candidate} value={candidate}>
              {nodeKindLabels[candidate].icon} {t(nodeKindLabels[candidate].name)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--primary"
          data-testid="node-add"
          onClick={() => onAdd(kind)}
        >
          + {t("botEditor.addNode")}
        </button>
      </div>
      <span className="field__hint" id="node-kind-help">
        {t(nodeKindLabels[kind].help)}
      </span>
    </div>
  );
}
