/** The inbox's filters: channel, store, tag and agent (the agent filter only for those who may list staff). */
import { useState } from "react";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";
import type { InboxFilters as Filters } from "./inbox-folders";
import type { FilterChoices } from "./use-filter-choices";

const CHANNELS = ["whatsapp", "messenger", "instagram", "line", "webchat"] as const;

interface InboxFiltersProps {
  value: Filters;
  choices: FilterChoices;
  /** False in folders that already say whose conversations they hold (Mine, Unassigned). */
  agentApplies: boolean;
  onChange(filters: Filters): void;
}

export function InboxFilters({ value, choices, agentApplies, onChange }: InboxFiltersProps) {
  const { t } = useI18n();
  const [tag, setTag] = useState(value.tag ?? "");
  const set = (key: keyof Filters, next: string) => {
    const filters = { ...value };
    if (next === "") delete filters[key];
    else filters[key] = next;
    onChange(filters);
  };
  const channelOptions = CHANNELS.map((channel) => ({ id: channel, name: t(`channel.${channel}`) }));
  return (
    <div className="inbox-filters" role="group" aria-label={t("inbox.filtersLabel")}>
      <FilterSelect filter="channel" filters={value} options={channelOptions} onChange={set} />
      {choices.stores.length > 0 && (
        <FilterSelect filter="storeId" filters={value} options={choices.stores} onChange={set} />
      )}
      {choices.users !== null && agentApplies && (
        <FilterSelect filter="agentId" filters={value} options={choices.users} onChange={set} />
      )}
      <input
        className="input inbox-filters__field"
        data-testid="inbox-filter-tag"
        aria-label={t("inbox.filterTag")}
        placeholder={t("inbox.filterTagPlaceholder")}
        value={tag}
        onChange={(event) => setTag(event.target.value)}
        onBlur={() => set("tag", tag.trim())}
        onKeyDown={(event) => {
          if (event.key === "Enter") set("tag", tag.trim());
        }}
      />
    </div>
  );
}

/** The filters picked from a list: each one's test id, label and the first option that clears it. */
const SELECTS = {
  channel: { testId: "inbox-filter-channel", label: "inbox.filterChannel", any: "inbox.anyChannel" },
  storeId: { testId: "inbox-filter-store", label: "inbox.filterStore", any: "inbox.anyStore" },
  agentId: { testId: "inbox-filter-agent", label: "inbox.filterAgent", any: "inbox.anyAgent" },
} as const satisfies Record<string, { testId: string; label: MessageKey; any: MessageKey }>;

interface FilterSelectProps {
  filter: keyof typeof SELECTS;
  filters: Filters;
  options: readonly { id: string; name: string }[];
  /** Blank when the filter is cleared. */
  onChange(filter: keyof typeof SELECTS, value: string): void;
}

function FilterSelect({ filter, filters, options, onChange }: FilterSelectProps) {
  const { t } = useI18n();
  const { testId, label, any } = SELECTS[filter];
  return (
    <select
      className="select inbox-filters__field"
      data-testid={testId}
      aria-label={t(label)}
      value={filters[filter] ?? ""}
      onChange={(event) => onChange(filter, event.target.value)}
    >
      <option value="">{t(any)}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
