import { useFacility } from "../lib/facility";
import { DEFAULT_ZONE } from "./schedule";

/** The active facility's time zone (contacts' default until it sets one). */
export function useZone(): string {
  return useFacility().active?.time_zone ?? DEFAULT_ZONE;
}
