import { createContext, useContext } from "react";

import type { View } from "./api";
import { translate, type Key, type Lang } from "./i18n";

export interface PortalContext {
  lang: Lang;
  setLang: (lang: Lang) => void;
  view: View;
  reload: () => Promise<void>;
}

export const Portal = createContext<PortalContext | null>(null);

export function usePortal(): PortalContext {
  const value = useContext(Portal);
  if (value === null) throw new Error("usePortal outside the signed-in area");
  return value;
}

/** The translate function of a language. */
export function useT(lang: Lang): (key: Key, values?: Record<string, string | number>) => string {
  return (key, values) => translate(lang, key, values);
}
