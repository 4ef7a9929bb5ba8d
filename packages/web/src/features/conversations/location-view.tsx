/** A shared place: its name and address, and a link to a map. */
import { useI18n } from "../../i18n/i18n-context";

interface LocationViewProps {
  latitude: number;
  longitude: number;
  name?: string | undefined;
  address?: string | undefined;
  url?: string | undefined;
}

export function LocationView({ latitude, longitude, name, address, url }: LocationViewProps) {
  const { t } = useI18n();
  const map = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
  return (
    <div className="location">
      <span className="location__pin" aria-hidden="true">
        📍
      </span>
      <div className="location__text">
        <strong>{name ?? t("content.location")}</strong>
        {address && <span>{address}</span>}
        <span className="muted">
          {latitude.toFixed(5)}, {longitude.toFixed(5)}
        </span>
        <a href={url ?? map} target="_blank" rel="noreferrer">
          {t("content.openMap")} ↗
        </a>
      </div>
    </div>
  );
}
