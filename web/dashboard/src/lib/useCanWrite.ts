import { useTranslation } from "react-i18next";

import { canWrite, useSession } from "./auth";

/** `undefined` when the user may write, else the hint shown on disabled write buttons. */
export function useWriteLock(): string | undefined {
  const { role } = useSession();
  const { t } = useTranslation();
  return canWrite(role) ? undefined : t("perm.hint");
}
