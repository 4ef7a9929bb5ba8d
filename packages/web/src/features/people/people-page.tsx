/** The people page: users (admins; store managers see their agents), your API tokens, and the audit log (admins). */
import { useState } from "react";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";
import { useSession } from "../auth/session-context";
import { ApiTokensTab } from "./api-tokens-tab";
import { AuditLogTab } from "./audit-log-tab";
import { UsersTab } from "./users-tab";

type PeopleTab = "users" | "tokens" | "audit";

export function PeoplePage() {
  const { t } = useI18n();
  const { actor } = useSession();
  const tabs: { tab: PeopleTab; label: MessageKey }[] = [
    { tab: "users", label: "people.tabUsers" },
    { tab: "tokens", label: "people.tabTokens" },
    ...(actor.role === "admin" ? [{ tab: "audit" as const, label: "people.tabAudit" as const }] : []),
  ];
  const [current, setCurrent] = useState<PeopleTab>("users");

  return (
    <main className="page">
      <div className="page__header">
        <h1>{t("people.title")}</h1>
      </div>
      <div className="automation-tabs" role="tablist" aria-label={t("people.title")}>
        {tabs.map((item) => (
          <button
            key={item.tab}
            type="button"
            role="tab"
            className="automation-tabs__tab"
            data-testid={`people-tab-${item.tab}`}
            aria-selected={current === item.tab}
            onClick={() => setCurrent(item.tab)}
          >
            {t(item.label)}
          </button>
        ))}
      </div>
      <section role="tabpanel">
        {current === "users" && <UsersTab />}
        {current === "tokens" && <ApiTokensTab />}
        {current === "audit" && <AuditLogTab />}
      </section>
    </main>
  );
}
