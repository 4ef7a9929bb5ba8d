/** The route-to-store node: which store's queue the conversation enters (fixed, the customer's choice, an attribute). */
import { useCallback, useState } from "react";
import type { RouteToStoreSource } from "@switchboard/engine";
import { useStoresApi } from "../../../api/stores-api";
import type { LimitViolation } from "../../../api/types";
import type { Store } from "../../../api/stores-api";
import { useLoad } from "../../../api/use-load";
import { useI18n } from "../../../i18n/i18n-context";
import { Field } from "../fields/field";
import { problemsAt } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import type { NodeFormProps } from "./node-form";
import { switchSource } from "./route-to-store-source";
import type { Source } from "./route-to-store-source";

export function RouteToStoreForm({ node, onChange, scope }: NodeFormProps<"route_to_store">) {
  const { t } = useI18n();
  const source = node.store;
  const sources: { value: Source; label: string }[] = [
    { value: "choice", label: t("routeToStore.from.choice") },
    { value: "fixed", label: t("routeToStore.from.fixed") },
    { value: "attribute", label: t("routeToStore.from.attribute") },
  ];
  const setSource = (store: RouteToStoreSource) => onChange({ ...node, store });
  return (
    <>
      <SelectField
        label={t("routeToStore.source")}
        value={source.from}
        options={sources}
        onChange={(from) => setSource(switchSource(source, from))}
        problems={problemsAt(scope, "store.from")}
        testId="node-store-source"
        hint={source.from === "choice" ? t("routeToStore.choiceHelp") : undefined}
      />
      {source.from === "fixed" && (
        <StorePicker
          value={source.storeId}
          onChange={(storeId) => setSource({ from: "fixed", storeId })}
          problems={problemsAt(scope, "store.storeId")}
        />
      )}
      {source.from === "attribute" && (
        <TextField
          label={t("routeToStore.attribute")}
          value={source.attribute}
          mono
          placeholder="preferred_counter"
          onChange={(attribute) => setSource({ from: "attribute", attribute })}
          problems={problemsAt(scope, "store.attribute")}
          testId="node-store-attribute"
        />
      )}
      <p className="field__hint">{t("routeToStore.fallbackHelp")}</p>
    </>
  );
}

function StorePicker({
  value,
  onChange,
  problems,
}: {
  value: string;
  onChange(storeId: string): void;
  problems: readonly LimitViolation[] | undefined;
}) {
  const { t } = useI18n();
  const api = useStoresApi();
  const [stores, setStores] = useState<Store[]>([]);
  const load = useCallback(
    async (signal: AbortSignal) => {
      try {
        setStores(await api.listStores(signal));
      } catch {
        // The picker still shows the stored id; publishing names a store that does not exist.
      }
    },
    [api],
  );
  useLoad(load);
  const missing = value !== "" && stores.length > 0 && !stores.some((store) => store.id === value);
  return (
    <Field label={t("routeToStore.store")} problems={problems}>
      {(control) => (
        <select
          {...control}
          data-testid="node-store"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {value === "" && <option value="">{t("routeToStore.pickStore")}</option>}
          {missing && <option value={value}>{t("routeToStore.missingStore", { id: value })}</option>}
          {value !== "" && stores.length === 0 && <option value={value}>{value}</option>}
          {stores.map((store) => (
            <option key={store.id} value={store.id}>
              {store.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
