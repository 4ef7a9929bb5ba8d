/** Calls another system; `{{attribute}}` placeholders are filled, and answers can be kept as attributes. */
import { useI18n } from "../../../i18n/i18n-context";
import { JsonField } from "../fields/json-field";
import { KeyValueField } from "../fields/key-value-field";
import { ModulePicker } from "../fields/module-picker";
import { NumberField } from "../fields/number-field";
import { problemsAt } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import type { NodeFormProps } from "./node-form";

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export function HttpRequestForm({ node, onChange, scope }: NodeFormProps<"http_request">) {
  const { t } = useI18n();
  return (
    <>
      <div className="fields-row">
        <SelectField
          label={t("botNode.method")}
          value={node.method}
          options={methods.map((method) => ({ value: method, label: method }))}
          onChange={(method) => onChange({ ...node, method })}
          problems={problemsAt(scope, "method")}
          testId="http-method"
        />
        <TextField
          className="fields-row__grow"
          label={t("botNode.url")}
          value={node.url}
          mono
          placeholder="https://api.example.com/orders/{{order_id}}"
          onChange={(url) => onChange({ ...node, url })}
          problems={problemsAt(scope, "url")}
          testId="http-url"
          hint={t("botNode.placeholdersHint")}
        />
      </div>
      <KeyValueField
        legend={t("botNode.headers")}
        keyLabel={t("botNode.headerName")}
        valueLabel={t("botNode.headerValue")}
        value={node.headers}
        onChange={(headers) => onChange({ ...node, headers })}
        problems={problemsAt(scope, "headers")}
        testId="http-headers"
      />
      {node.method !== "GET" && (
        <JsonField
          label={t("botNode.body")}
          value={node.body}
          onChange={(body) => {
            const { body: _previous, ...rest } = node;
            onChange(body === undefined ? rest : { ...rest, body: jsonValue(body) });
          }}
          problems={problemsAt(scope, "body")}
          testId="http-body"
        />
      )}
      <KeyValueField
        legend={t("botNode.responseMap")}
        keyLabel={t("botNode.responsePath")}
        valueLabel={t("botNode.attribute")}
        value={node.responseMap}
        onChange={(responseMap) => onChange({ ...node, responseMap })}
        problems={problemsAt(scope, "responseMap")}
        testId="http-response-map"
      />
      <div className="fields-row">
        <NumberField
          label={t("botNode.timeoutMs")}
          value={node.timeoutMs}
          min={100}
          max={30_000}
          step={100}
          onChange={(timeoutMs) => onChange({ ...node, timeoutMs: Math.round(timeoutMs) })}
          problems={problemsAt(scope, "timeoutMs")}
          testId="http-timeout"
        />
        <ModulePicker
          className="fields-row__grow"
          label={t("botNode.onError")}
          value={node.onError}
          noneLabel={t("botNode.nextNode")}
          onChange={(onError) => onChange({ ...node, onError })}
          problems={problemsAt(scope, "onError")}
          testId="http-on-error"
        />
      </div>
    </>
  );
}

type Json = Exclude<NodeFormProps<"http_request">["node"]["body"], undefined>;

/** JSON.parse only ever yields JSON values; this narrows its `unknown` without a cast. */
function jsonValue(value: unknown): Json {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (Array.isArray(value)) return value.map(jsonValue);
  if (typeof value === "object") {
    const record: Record<string, Json> = {};
    for (const [key, item] of Object.entries(value)) record[key] = jsonValue(item);
    return record;
  }
  return null;
}
