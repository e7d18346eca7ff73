import { usePortal, useT } from "../context";
import { Heading } from "../Heading";

/** The facility's products and services (the catalogue is not served yet). */
export function Shop() {
  const { lang } = usePortal();
  const t = useT(lang);
  return (
    <>
      <Heading>{t("shop")}</Heading>
      <p className="empty">{t("shopSoon")}</p>
    </>
  );
}
