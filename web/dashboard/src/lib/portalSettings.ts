// The portal's sections and onboarding steps, as the portal service names them (portal.service_layer.facility).
export const SECTIONS = ["events", "cars", "shop", "billing", "documents", "settings"] as const;
export const STEPS = ["confirm_profile", "sign_contract", "add_payment_method", "accept_policies"] as const;
export type Section = (typeof SECTIONS)[number];
export type Step = (typeof STEPS)[number];

/** Sections in the portal's own order, with `section` switched on or off. */
export function toggleSection(on: string[], section: Section): Section[] {
  const next = on.includes(section) ? on.filter((s) => s !== section) : [...on, section];
  return SECTIONS.filter((s) => next.includes(s));
}

/** The steps the portal knows, in the given order. */
export function knownSteps(steps: string[]): Step[] {
  return steps.filter((s): s is Step => (STEPS as readonly string[]).includes(s));
}

/** Steps in the order the customer does them: add at the end, remove, or move one place up or down. */
export function editSteps(steps: string[], step: Step, action: "toggle" | "up" | "down"): Step[] {
  const list = knownSteps(steps);
  const at = list.indexOf(step);
  if (action === "toggle") return at >= 0 ? list.filter((s) => s !== step) : [...list, step];
  const to = action === "up" ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[at], next[to]] = [next[to] as Step, next[at] as Step];
  return next;
}
