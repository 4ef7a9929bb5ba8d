/** Chooses the channel account whose automation is shown. */
import type { ChannelAccount } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";

interface AccountPickerProps {
  accounts: ChannelAccount[];
  value: string;
  onChange(accountId: string): void;
}

export function AccountPicker({ accounts, value, onChange }: AccountPickerProps) {
  const { t } = useI18n();
  return (
    <div className="account-picker">
      <label className="field__label" htmlFor="automation-account">
        {t("automation.account")}
      </label>
      <select
        id="automation-account"
        data-testid="automation-account-select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.settings.displayPhoneNumber
              ? `${account.name} · ${account.settings.displayPhoneNumber}`
              : account.name}{" "}
            ({t(`channel.${account.channel}`)})
          </option>
        ))}
      </select>
    </div>
  );
}
