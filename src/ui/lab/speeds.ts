/**
 * Simulated-time speeds the Lab offers (issue 5): 1×, 10×, 60×, 600×. In a module of their own, without
 * the simulator, so the Lab's controls are drawn before the simulator has loaded (issue 18).
 */
export const SPEEDS = [1, 10, 60, 600] as const;
export type Speed = (typeof SPEEDS)[number];
/** The speed a new runtime starts at. */
export const DEFAULT_SPEED: Speed = 60;
