/** The channel accounts a store serves, and whether it is an account's default store. */
import type { StoreChannelAccount } from "../../api/stores-api";
import type { ChannelAccount, LimitViolation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { FieldViolations } from "../composer/field-violations";
import { withAccountDefault, withAccountServed } from "./store-draft";

interface ServedAccountsFieldProps {
  accounts: readonly ChannelAccount[];
  links: readonly StoreChannelAccount[];
  problems: (field: string) => LimitViolation[] | undefined;
  onChange(links: StoreChannelAccount[]): void;
}

export function ServedAccountsField({ accounts, links, problems, onChange }: ServedAccountsFieldProps) {
  const { t } = useI18n();
  return (
    <fieldset className="store-accounts">
      <legend className="field__label">{t("stores.accounts")}</legend>
      {accounts.length === 0 && <span className="field__hint">{t("stores.noAccounts")}</span>}
      {accounts.map((account) => {
        const link = links.find((l) => l.channelAccountId === account.id);
        const id = `store-account-${account.id}`;
        return (
          <div key={account.id} className="store-accounts__row">
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid={id}
                checked={link !== undefined}
                onChange={(event) => onChange(withAccountServed(links, account.id, event.target.checked))}
              />
              {account.name} · {t(`channel.${account.channel}`)}
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid={`${id}-default`}
                checked={link?.isDefault === true}
                onChange={(event) => onChange(withAccountDefault(links, account.id, event.target.checked))}
              />
              {t("stores.defaultStore")}
            </label>
            <FieldViolations problems={problems(`account.${account.id}`)} />
          </div>
        );
      })}
      <FieldViolations problems={problems("channelAccounts")} />
      <span className="field__hint">{t("stores.accountsHint")}</span>
    </fieldset>
  );
}
